using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Outages;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class DetectedOutageConfiguration : IEntityTypeConfiguration<DetectedOutage>
{
    public void Configure(EntityTypeBuilder<DetectedOutage> builder)
    {
        builder.Property(o => o.Port).HasMaxLength(460);
        builder.Property(o => o.DownEvidence).HasMaxLength(2000);
        builder.Property(o => o.UpEvidence).HasMaxLength(2000);
        builder.Property(o => o.Source).HasMaxLength(500);
        builder.Property(o => o.DiscountedBecause).HasMaxLength(500);
        builder.HasIndex(o => new { o.ElementId, o.Start });
        builder.HasIndex(o => o.End);
        builder.HasOne(o => o.Element).WithMany().HasForeignKey(o => o.ElementId).OnDelete(DeleteBehavior.Cascade);
    }
}
