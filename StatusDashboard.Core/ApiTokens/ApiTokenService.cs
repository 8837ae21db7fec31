using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.ApiTokens;

/// <summary>
/// Creates, lists, revokes and checks API tokens. Creation and revocation are audited; a check records when the
/// token was last used, at most once a minute per token so that a busy client does not turn every read into a write.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<StatusDbContext> contexts, TimeProvider time, ILogger<ApiTokenService> logger)
{
    public const int NameMaxLength = 100;
    private const string AuditEntityType = nameof(ApiToken);
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<ApiTokenCreation> CreateAsync(NewApiToken request, string actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var errors = new List<FieldError>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new("name", "Give the token a name that says who or what holds it."));
        }
        else if (name.Length > NameMaxLength)
        {
            errors.Add(new("name", $"At most {NameMaxLength} characters, got {name.Length}."));
        }

        if (!Enum.IsDefined(request.Scope))
        {
            errors.Add(new("scope", "Choose read or write."));
        }

        if (request.ExpiresAt is { } expires && expires <= now)
        {
            errors.Add(new("expiresAt", "The expiry must be in the future."));
        }

        if (errors.Count > 0)
        {
            return new ApiTokenCreation(null, errors);
        }

        var (prefix, secret) = ApiTokenFormat.Generate();
        var token = new ApiToken
        {
            Name = name, Prefix = prefix, SecretHash = ApiTokenFormat.Hash(secret), Scope = request.Scope,
            CreatedAt = now, CreatedBy = actor, ExpiresAt = request.ExpiresAt,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(Audit(token, AuditActions.Created, actor, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("API token {TokenId} ({TokenPrefix}, {Scope}) created by {Actor}", token.Id, token.Prefix, token.Scope, actor);
        return new ApiTokenCreation(new CreatedApiToken(token, secret), []);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tokens = await db.ApiTokens.AsNoTracking().ToListAsync(cancellationToken);
        return [.. tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)];
    }

    /// <summary>Revokes the token at once; false when there is no such token or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        token.RevokedAt = now;
        token.RevokedBy = actor;
        db.AuditEntries.Add(Audit(token, "revoked", actor, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("API token {TokenId} ({TokenPrefix}) revoked by {Actor}", token.Id, token.Prefix, actor);
        return true;
    }

    /// <summary>Checks a presented token; a refusal says why in words fit for the client.</summary>
    public async Task<ApiTokenCheck> CheckAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (ApiTokenFormat.PrefixOf(presented) is not { } prefix)
        {
            return ApiTokenCheck.Refused("The token is not valid.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Prefix == prefix, cancellationToken);
        if (token is null || !ApiTokenFormat.Matches(presented, token.SecretHash))
        {
            return ApiTokenCheck.Refused("The token is not valid.");
        }

        var now = time.GetUtcNow();
        if (token.RevokedAt is not null)
        {
            return ApiTokenCheck.Refused("The token has been revoked.");
        }

        if (token.ExpiresAt is { } expires && expires <= now)
        {
            return ApiTokenCheck.Refused($"The token expired at {expires.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        }

        if (token.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
            token.LastUsedAt = now;
        }

        return ApiTokenCheck.Accepted(token);
    }

    private static AuditEntry Audit(ApiToken token, string action, string actor, DateTimeOffset now) => new()
    {
        Timestamp = now,
        Actor = actor,
        Action = action,
        EntityType = AuditEntityType,
        EntityId = token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        After = JsonSerializer.Serialize(new { token.Name, token.Prefix, Scope = token.Scope.ToString(), token.ExpiresAt, token.RevokedAt }),
    };
}
