using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class NetworkElementConfiguration : IEntityTypeConfiguration<NetworkElement>
{
    public void Configure(EntityTypeBuilder<NetworkElement> builder)
    {
        builder.Property(e => e.VendorId).HasMaxLength(200);
        builder.Property(e => e.InternalId).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(1000);
        builder.Ignore(e => e.Label);
        builder.HasOne(e => e.Provider).WithMany(p => p.Elements).HasForeignKey(e => e.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProviderId, e.VendorId }).IsUnique();
        builder.HasOne(e => e.SlaPromise).WithMany().HasForeignKey(e => e.SlaPromiseId).OnDelete(DeleteBehavior.SetNull);
        // Unique indexes let NULLs repeat, so elements without a provider (devices) need their own.
        builder.HasIndex(e => e.VendorId).IsUnique().HasFilter("\"ProviderId\" IS NULL").HasDatabaseName("IX_NetworkElements_VendorId_NoProvider");
        builder.HasIndex(e => e.InternalId).IsUnique().HasFilter("\"InternalId\" IS NOT NULL");
        builder.HasMany(e => e.Circuits).WithMany(e => e.Devices).UsingEntity<DeviceCircuit>(
            join => join.HasOne<NetworkElement>().WithMany().HasForeignKey(dc => dc.CircuitId).OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne<NetworkElement>().WithMany().HasForeignKey(dc => dc.DeviceId).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey(dc => new { dc.DeviceId, dc.CircuitId });
                join.HasIndex(dc => dc.CircuitId);
            });
        builder.HasMany(e => e.Components).WithMany().UsingEntity<ElementComponent>(
            join => join.HasOne<Component>().WithMany().HasForeignKey(ec => ec.ComponentId).OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne<NetworkElement>().WithMany().HasForeignKey(ec => ec.ElementId).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey(ec => new { ec.ElementId, ec.ComponentId });
                join.HasIndex(ec => ec.ComponentId);
            });
        builder.HasMany(e => e.Ports).WithOne(p => p.Element).HasForeignKey(p => p.ElementId).OnDelete(DeleteBehavior.Cascade);
    }
}
