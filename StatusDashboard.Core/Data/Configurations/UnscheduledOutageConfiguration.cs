using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Outages;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class UnscheduledOutageConfiguration : IEntityTypeConfiguration<UnscheduledOutage>
{
    public void Configure(EntityTypeBuilder<UnscheduledOutage> builder)
    {
        builder.HasIndex(o => new { o.ElementId, o.Start });
        builder.HasIndex(o => new { o.DetectedOutageId, o.Start }).IsUnique();
        builder.HasOne(o => o.DetectedOutage).WithMany().HasForeignKey(o => o.DetectedOutageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NetworkElement>().WithMany().HasForeignKey(o => o.ElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScheduledMaintenance>().WithMany().HasForeignKey(o => o.OverrunOfMaintenanceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Incident).WithMany().HasForeignKey(o => o.IncidentId).OnDelete(DeleteBehavior.SetNull);
    }
}
