using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class IncidentUpdateConfiguration : IEntityTypeConfiguration<IncidentUpdate>
{
    public void Configure(EntityTypeBuilder<IncidentUpdate> builder)
    {
        builder.Property(u => u.Text).HasMaxLength(10_000);
        builder.Property(u => u.Author).HasMaxLength(200);
        builder.HasIndex(u => new { u.IncidentId, u.Timestamp });
    }
}
