using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class FiringEventConfiguration : IEntityTypeConfiguration<FiringEvent>
{
    public void Configure(EntityTypeBuilder<FiringEvent> builder)
    {
        builder.Property(e => e.Source).HasMaxLength(EventKey.MaxSourceLength);
        builder.Property(e => e.DedupKey).HasMaxLength(EventKey.MaxDedupKeyLength);
        builder.HasIndex(e => new { e.Source, e.DedupKey }).IsUnique();
        builder.HasIndex(e => e.ComponentId);
        builder.HasOne(e => e.Component).WithMany().HasForeignKey(e => e.ComponentId).OnDelete(DeleteBehavior.Cascade);
    }
}
