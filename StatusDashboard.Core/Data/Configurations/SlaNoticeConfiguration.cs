using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class SlaNoticeConfiguration : IEntityTypeConfiguration<SlaNotice>
{
    public void Configure(EntityTypeBuilder<SlaNotice> builder)
    {
        builder.HasIndex(n => new { n.ElementId, n.SlaPromiseId, n.PeriodStart }).IsUnique();
        builder.HasIndex(n => n.UpdatedAt);
        builder.HasOne<NetworkElement>().WithMany().HasForeignKey(n => n.ElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SlaPromise>().WithMany().HasForeignKey(n => n.SlaPromiseId).OnDelete(DeleteBehavior.Cascade);
    }
}
