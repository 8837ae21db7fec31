using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class SlaCreditTierConfiguration : IEntityTypeConfiguration<SlaCreditTier>
{
    public void Configure(EntityTypeBuilder<SlaCreditTier> builder)
    {
        builder.Property(t => t.AvailabilityBelow).HasPrecision(9, 6);
        builder.Property(t => t.CreditPercent).HasPrecision(9, 4);
    }
}
