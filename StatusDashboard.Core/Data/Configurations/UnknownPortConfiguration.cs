using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Outages;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class UnknownPortConfiguration : IEntityTypeConfiguration<UnknownPort>
{
    public void Configure(EntityTypeBuilder<UnknownPort> builder)
    {
        builder.Property(p => p.Host).HasMaxLength(253);
        builder.Property(p => p.Interface).HasMaxLength(200);
        builder.Property(p => p.LastLine).HasMaxLength(2000);
        builder.HasIndex(p => new { p.Host, p.Interface }).IsUnique();
    }
}
