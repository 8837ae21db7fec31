using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StatusDashboard.Core.ApiTokens;

namespace StatusDashboard.Core.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(ApiTokenService.NameMaxLength);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.CreatedBy).HasMaxLength(200);
        builder.Property(t => t.RevokedBy).HasMaxLength(200);
        builder.HasIndex(t => t.Prefix).IsUnique();
    }
}
