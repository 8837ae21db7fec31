using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.ExternalReference).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsMaintenance);
        builder.HasIndex(i => i.ExternalReference).IsUnique();
        builder.HasIndex(i => i.End);
        builder.HasIndex(i => i.Start);
        builder.HasMany(i => i.Updates).WithOne(u => u.Incident).HasForeignKey(u => u.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
