using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StatusDashboard.Core.Maintenance.Review;

internal sealed class MaintenanceReviewConfiguration : IEntityTypeConfiguration<MaintenanceReview>
{
    public void Configure(EntityTypeBuilder<MaintenanceReview> builder)
    {
        builder.ToTable("MaintenanceReviews");
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.HasIndex(r => new { r.ScheduledMaintenanceId, r.NotificationId });
        builder.HasIndex(r => r.NotificationId);
        builder.HasOne<ScheduledMaintenance>().WithMany().HasForeignKey(r => r.ScheduledMaintenanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InboundNotification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
