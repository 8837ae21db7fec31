using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class ScheduledMaintenanceConfiguration : IEntityTypeConfiguration<ScheduledMaintenance>
{
    public void Configure(EntityTypeBuilder<ScheduledMaintenance> builder)
    {
        builder.Property(m => m.ProviderName).HasMaxLength(200);
        builder.Property(m => m.MaintenanceId).HasMaxLength(200);
        builder.Property(m => m.Account).HasMaxLength(200);
        builder.Property(m => m.Summary).HasMaxLength(4000);
        builder.Property(m => m.Organizer).HasMaxLength(320);
        builder.Property(m => m.Uid).HasMaxLength(1000);
        builder.Property(m => m.Parser).HasMaxLength(64);
        builder.Property(m => m.ReviewReason).HasMaxLength(1000);
        builder.HasIndex(m => new { m.ProviderName, m.MaintenanceId }).IsUnique();
        builder.HasIndex(m => m.Start);
        builder.HasOne<Provider>().WithMany().HasForeignKey(m => m.ProviderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(m => m.Incident).WithMany().HasForeignKey(m => m.IncidentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<InboundNotification>().WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Circuits).WithOne().HasForeignKey(c => c.ScheduledMaintenanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
