using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<Component>
{
    public void Configure(EntityTypeBuilder<Component> builder)
    {
        builder.HasIndex(c => new { c.ServiceId, c.RegionId }).IsUnique();
        builder.HasOne(c => c.Service).WithMany(s => s.Components).HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Region).WithMany(r => r.Components).HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Attributes).WithOne().HasForeignKey(a => a.ComponentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Incidents).WithMany(i => i.Components).UsingEntity<IncidentComponent>(
            join => join.HasOne<Incident>().WithMany().HasForeignKey(ic => ic.IncidentId).OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne<Component>().WithMany().HasForeignKey(ic => ic.ComponentId).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey(ic => new { ic.IncidentId, ic.ComponentId });
                join.HasIndex(ic => ic.ComponentId);
            });
    }
}
