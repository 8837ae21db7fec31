using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class EquipmentPortConfiguration : IEntityTypeConfiguration<EquipmentPort>
{
    public void Configure(EntityTypeBuilder<EquipmentPort> builder)
    {
        builder.Property(p => p.Host).HasMaxLength(253);
        builder.Property(p => p.Interface).HasMaxLength(200);
        builder.HasIndex(p => new { p.Host, p.Interface }).IsUnique();
    }
}
