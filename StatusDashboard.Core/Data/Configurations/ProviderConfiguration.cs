using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.DefaultTimeZone).HasMaxLength(64);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasMany(p => p.Senders).WithOne().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}
