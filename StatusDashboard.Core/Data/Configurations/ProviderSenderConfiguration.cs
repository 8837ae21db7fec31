using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class ProviderSenderConfiguration : IEntityTypeConfiguration<ProviderSender>
{
    public void Configure(EntityTypeBuilder<ProviderSender> builder)
    {
        builder.Property(s => s.Address).HasMaxLength(320);
        builder.HasIndex(s => s.Address).IsUnique();
    }
}
