using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class SlaMeasurementConfiguration : IEntityTypeConfiguration<SlaMeasurement>
{
    public void Configure(EntityTypeBuilder<SlaMeasurement> builder)
    {
        builder.Property(m => m.Availability).HasPrecision(12, 9);
        builder.Property(m => m.CreditPercent).HasPrecision(9, 4);
        builder.HasIndex(m => new { m.ElementId, m.SlaPromiseId, m.PeriodStart }).IsUnique();
        builder.HasIndex(m => new { m.PeriodStart, m.Breached });
        builder.HasOne<NetworkElement>().WithMany().HasForeignKey(m => m.ElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SlaPromise>().WithMany().HasForeignKey(m => m.SlaPromiseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Incident).WithMany().HasForeignKey(m => m.IncidentId).OnDelete(DeleteBehavior.SetNull);
    }
}
