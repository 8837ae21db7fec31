using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Outages;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class PortLinkStateConfiguration : IEntityTypeConfiguration<PortLinkState>
{
    public void Configure(EntityTypeBuilder<PortLinkState> builder)
    {
        builder.HasKey(s => s.PortId);
        builder.HasOne<EquipmentPort>().WithOne().HasForeignKey<PortLinkState>(s => s.PortId).OnDelete(DeleteBehavior.Cascade);
    }
}
