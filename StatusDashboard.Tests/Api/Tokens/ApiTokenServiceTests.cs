using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Tokens;

public sealed class ApiTokenServiceTests : IAsyncLifetime
{
    private readonly StatusPageFactory factory = new();

    private ApiTokenService Tokens => factory.Services.GetRequiredService<ApiTokenService>();

    public Task InitializeAsync() => factory.SeedAsync(_ => { });

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Create_ShowsTheSecretOnce_AndStoresOnlyItsHash()
    {
        var created = (await Tokens.CreateAsync(new NewApiToken("Prometheus", ApiTokenScope.Write, null), "admin")).Created!;

        Assert.Matches("^sdb_[a-z2-9]{12}_[A-Za-z0-9_-]{43}$", created.Secret);
        var stored = await ReadAsync(db => db.ApiTokens.SingleAsync());
        Assert.Equal(created.Token.Prefix, stored.Prefix);
        Assert.DoesNotContain(created.Secret, stored.SecretHash);
        Assert.Equal(ApiTokenFormat.Hash(created.Secret), stored.SecretHash);
        Assert.DoesNotContain(await ReadAsync(db => db.ApiTokens.Select(t => t.Name + t.Prefix + t.SecretHash).ToListAsync()), text => text.Contains(created.Secret));
    }

    [Fact]
    public async Task Create_NamesTheField_WhenTheRequestIsWrong()
    {
        var creation = await Tokens.CreateAsync(new NewApiToken(" ", (ApiTokenScope)7, StatusPageFactory.Now.AddMinutes(-1)), "admin");

        Assert.Null(creation.Created);
        Assert.Equal(["name", "scope", "expiresAt"], creation.Errors.Select(e => e.Field));
        Assert.Empty(await ReadAsync(db => db.ApiTokens.ToListAsync()));
    }

    [Fact]
    public async Task Check_AcceptsTheSecret_AndRefusesAnyOtherWithTheSamePrefix()
    {
        var created = (await Tokens.CreateAsync(new NewApiToken("ci", ApiTokenScope.Read, null), "admin")).Created!;

        Assert.Equal(created.Token.Id, (await Tokens.CheckAsync(created.Secret)).Token?.Id);
        var forged = created.Secret[..^1] + (created.Secret[^1] == 'A' ? 'B' : 'A');
        Assert.Equal("The token is not valid.", (await Tokens.CheckAsync(forged)).Refusal);
        Assert.Equal("The token is not valid.", (await Tokens.CheckAsync("sdb_nonsense")).Refusal);
    }

    [Fact]
    public async Task Check_RefusesARevokedToken_AndRevokingTwiceIsAnswered()
    {
        var created = (await Tokens.CreateAsync(new NewApiToken("old script", ApiTokenScope.Write, null), "admin")).Created!;

        Assert.True(await Tokens.RevokeAsync(created.Token.Id, "admin"));
        Assert.False(await Tokens.RevokeAsync(created.Token.Id, "admin"));

        Assert.Equal("The token has been revoked.", (await Tokens.CheckAsync(created.Secret)).Refusal);
        var stored = await ReadAsync(db => db.ApiTokens.SingleAsync());
        Assert.Equal(("admin", StatusPageFactory.Now), (stored.RevokedBy, stored.RevokedAt));
    }

    [Fact]
    public async Task Check_RefusesAnExpiredToken_SayingWhen()
    {
        var created = (await Tokens.CreateAsync(new NewApiToken("short", ApiTokenScope.Write, StatusPageFactory.Now.AddHours(1)), "admin")).Created!;
        Assert.NotNull((await Tokens.CheckAsync(created.Secret)).Token);

        factory.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal("The token expired at 2026-11-16 13:00 UTC.", (await Tokens.CheckAsync(created.Secret)).Refusal);
    }

    [Fact]
    public async Task Check_RecordsLastUse_AtMostOnceAMinute()
    {
        var created = (await Tokens.CreateAsync(new NewApiToken("bot", ApiTokenScope.Read, null), "admin")).Created!;
        Assert.Null(await ReadAsync(db => db.ApiTokens.Select(t => t.LastUsedAt).SingleAsync()));

        await Tokens.CheckAsync(created.Secret);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await Tokens.CheckAsync(created.Secret);
        Assert.Equal(StatusPageFactory.Now, await ReadAsync(db => db.ApiTokens.Select(t => t.LastUsedAt).SingleAsync()));

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await Tokens.CheckAsync(created.Secret);
        Assert.Equal(StatusPageFactory.Now.AddMinutes(1), await ReadAsync(db => db.ApiTokens.Select(t => t.LastUsedAt).SingleAsync()));
    }

    [Fact]
    public async Task CreateAndRevoke_AreAudited_WithoutTheSecret()
    {
        var created = (await Tokens.CreateAsync(new NewApiToken("audited", ApiTokenScope.Write, null), "alice")).Created!;
        await Tokens.RevokeAsync(created.Token.Id, "bob");

        var entries = await ReadAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(ApiToken)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([("created", "alice"), ("revoked", "bob")], entries.Select(e => (e.Action, e.Actor)));
        Assert.All(entries, e => Assert.DoesNotContain(created.Secret, e.After));
        Assert.All(entries, e => Assert.DoesNotContain(created.Token.SecretHash, e.After));
    }

    [Fact]
    public async Task List_ShowsNewestFirst()
    {
        await Tokens.CreateAsync(new NewApiToken("first", ApiTokenScope.Read, null), "admin");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Tokens.CreateAsync(new NewApiToken("second", ApiTokenScope.Write, null), "admin");

        Assert.Equal(["second", "first"], (await Tokens.ListAsync()).Select(t => t.Name));
    }

    private async Task<T> ReadAsync<T>(Func<StatusDbContext, Task<T>> read)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
