using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Maintenance;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class InboundNotificationConfiguration : IEntityTypeConfiguration<InboundNotification>
{
    public void Configure(EntityTypeBuilder<InboundNotification> builder)
    {
        builder.Property(n => n.MessageId).HasMaxLength(1000);
        builder.Property(n => n.ContentHash).HasMaxLength(64);
        builder.Property(n => n.BodyHash).HasMaxLength(64);
        builder.Property(n => n.Sender).HasMaxLength(320);
        builder.Property(n => n.Subject).HasMaxLength(1000);
        builder.Property(n => n.Origin).HasMaxLength(1000);
        builder.Property(n => n.Parser).HasMaxLength(64);
        builder.HasIndex(n => new { n.MessageId, n.BodyHash }).IsUnique().HasFilter("\"MessageId\" IS NOT NULL");
        builder.HasIndex(n => new { n.Outcome, n.ReceivedAt });
        builder.HasOne<InboundNotification>().WithMany().HasForeignKey(n => n.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
    }
}
