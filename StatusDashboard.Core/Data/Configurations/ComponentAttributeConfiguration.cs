using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class ComponentAttributeConfiguration : IEntityTypeConfiguration<ComponentAttribute>
{
    public void Configure(EntityTypeBuilder<ComponentAttribute> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Value).HasMaxLength(1000);
        builder.HasIndex(a => new { a.ComponentId, a.Name }).IsUnique();
        builder.HasIndex(a => new { a.Name, a.Value });
    }
}
