using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Maintenance;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class ScheduledMaintenanceCircuitConfiguration : IEntityTypeConfiguration<ScheduledMaintenanceCircuit>
{
    public void Configure(EntityTypeBuilder<ScheduledMaintenanceCircuit> builder)
    {
        builder.Property(c => c.CircuitId).HasMaxLength(200);
        builder.HasIndex(c => new { c.ScheduledMaintenanceId, c.CircuitId }).IsUnique();
        builder.HasOne(c => c.Element).WithMany().HasForeignKey(c => c.ElementId).OnDelete(DeleteBehavior.SetNull);
    }
}
