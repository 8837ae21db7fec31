using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class SlaPromiseConfiguration : IEntityTypeConfiguration<SlaPromise>
{
    public void Configure(EntityTypeBuilder<SlaPromise> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.UptimePercent).HasPrecision(9, 6);
        builder.Ignore(p => p.Terms);
        builder.HasMany(p => p.CreditTiers).WithOne().HasForeignKey(t => t.SlaPromiseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Providers).WithMany().UsingEntity(
            "SlaPromiseProviders",
            join => join.HasOne(typeof(Provider)).WithMany().HasForeignKey("ProviderId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne(typeof(SlaPromise)).WithMany().HasForeignKey("SlaPromiseId").OnDelete(DeleteBehavior.Cascade));
    }
}
