using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Live;

namespace StatusDashboard.Tests.Admin;

/// <summary>
/// The API tokens page on the real token store, with the browser reporting Europe/Berlin as its zone. The host's
/// clock stands at 2026-03-15 10:30 UTC (11:30 in Berlin).
/// </summary>
public sealed class ApiTokensPageTests : AdminComponentTestBase
{
    public ApiTokensPageTests()
    {
        // Resolved lazily: the host starts in InitializeAsync, after this constructor.
        Services.AddSingleton(_ => Host.Services.GetRequiredService<ApiTokenService>());
        Services.AddSingleton(_ => Host.Services.GetRequiredService<ChangeNotifier>());
        Services.AddSingleton<TimeProvider>(_ => Host.Time);
        JSInterop.SetupModule("./console/time-zone.js").Setup<string?>("timeZone").SetResult("Europe/Berlin");
    }

    private ApiTokenService Tokens => Host.Services.GetRequiredService<ApiTokenService>();

    [Fact]
    public async Task Create_ShowsTheSecretOnce_AndListsTheTokenWithoutIt()
    {
        var page = Render<ApiTokens>();
        page.WaitForElement("[data-testid=new-token]");

        page.Find(".sd-token-name input").Input("Prometheus EU-West");
        Radio(page, ".sd-token-scope", "Write").Click();
        page.Find("[data-testid=new-token]").Submit();

        page.WaitForElement("[data-testid=token-created]");
        var secret = page.Find(".sd-token-secret input").GetAttribute("value")!;
        Assert.Contains("you will not see it again", page.Find("[data-testid=token-created]").TextContent);
        var stored = Assert.Single(await Tokens.ListAsync());
        Assert.Equal(ApiTokenFormat.Hash(secret), stored.SecretHash);
        Assert.Equal((ApiTokenScope.Write, Administrator), (stored.Scope, stored.CreatedBy));
        var row = Row(page, "Prometheus EU-West");
        Assert.Equal(
            $"Prometheus EU-West | sdb_{stored.Prefix}… | write | 2026-03-15 11:30 by root | 2026-06-13 12:30 | never | active | Revoke",
            Cells(row));

        page.Find("[data-testid=token-dismiss]").Click();
        Assert.DoesNotContain(secret, page.Markup);
        Assert.Empty(page.FindAll("[data-testid=token-created]"));

        var reopened = Render<ApiTokens>();
        reopened.WaitForAssertion(() => Assert.Equal("Active", Row(reopened, "Prometheus EU-West").GetAttribute("data-state")));
        Assert.DoesNotContain(secret, reopened.Markup);
        Assert.Empty(reopened.FindAll("[data-testid=token-created]"));
    }

    [Fact]
    public async Task Revoke_AsksFirst_ThenMarksTheTokenRevoked_ByTheAdministrator()
    {
        var secret = (await Tokens.CreateAsync(new NewApiToken("CI deploys", ApiTokenScope.Write, null), "someone else")).Created!.Secret;
        var page = Render<ApiTokens>();
        page.WaitForElement("[data-token='CI deploys']");

        page.Find("[aria-label='Revoke CI deploys']").Click();
        Assert.Equal("Active", Row(page, "CI deploys").GetAttribute("data-state"));
        Assert.Contains("Revoke 'CI deploys'?", page.Find("[data-testid=revoke-confirmation]").TextContent);
        page.Find("[data-testid=revoke-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Revoked", Row(page, "CI deploys").GetAttribute("data-state")));
        Assert.EndsWith("| revoked 2026-03-15 11:30 by root | ", Cells(Row(page, "CI deploys")));
        Assert.Empty(Row(page, "CI deploys").QuerySelectorAll("button"));
        Assert.Equal("The token has been revoked.", (await Tokens.CheckAsync(secret)).Refusal);
    }

    [Fact]
    public async Task Create_WithoutAName_ShowsTheErrorUnderTheName_AndCreatesNothing()
    {
        var page = Render<ApiTokens>();
        page.WaitForElement("[data-testid=new-token]");

        page.Find("[data-testid=new-token]").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "Give the token a name that says who or what holds it.",
            page.Find(".sd-token-name .mud-input-helper-text .me-auto").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=token-created]"));
        Assert.Empty(await Tokens.ListAsync());
    }

    [Fact]
    public async Task Create_ExpiringOnAPastDate_ShowsTheErrorUnderTheDate_InTheBrowsersZone()
    {
        var page = Render<ApiTokens>();
        page.WaitForElement("[data-testid=new-token]");
        page.Find(".sd-token-name input").Input("Grafana");
        Radio(page, ".sd-token-expiry", "On a date").Click();

        page.WaitForElement(".sd-token-expires-at input").Change("2026-03-15T11:00");
        page.Find("[data-testid=new-token]").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "The expiry must be in the future.",
            page.Find(".sd-token-expires-at .mud-input-helper-text .me-auto").TextContent.Trim()));
        Assert.Empty(await Tokens.ListAsync());

        page.Find(".sd-token-expires-at input").Change("2026-03-15T12:00");
        page.Find("[data-testid=new-token]").Submit();

        page.WaitForElement("[data-testid=token-created]");
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 11, 0, 0, TimeSpan.Zero), Assert.Single(await Tokens.ListAsync()).ExpiresAt);
    }

    [Fact]
    public async Task Token_PastItsExpiry_ShowsAsExpired_AndStillCanBeRevoked()
    {
        await Tokens.CreateAsync(new NewApiToken("Short-lived", ApiTokenScope.Read, Host.Time.GetUtcNow().AddDays(30)), "root");
        await Tokens.CreateAsync(new NewApiToken("Forever", ApiTokenScope.Read, null), "root");
        Host.Time.Advance(TimeSpan.FromDays(31));

        var page = Render<ApiTokens>();

        page.WaitForAssertion(() => Assert.Equal("Expired", Row(page, "Short-lived").GetAttribute("data-state")));
        Assert.Contains("expired", Cells(Row(page, "Short-lived")));
        Assert.Equal("Active", Row(page, "Forever").GetAttribute("data-state"));
        Assert.Single(Row(page, "Short-lived").QuerySelectorAll("[aria-label='Revoke Short-lived']"));
        await using var db = Host.OpenDatabase();
        Assert.Equal(2, await db.ApiTokens.CountAsync());
    }

    private static IElement Row(IRenderedComponent<ApiTokens> page, string name) => page.Find($"[data-testid=tokens] tr[data-token='{name}']");

    private static string Cells(IElement row) =>
        string.Join(" | ", row.QuerySelectorAll("td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

    private static IElement Radio(IRenderedComponent<ApiTokens> page, string group, string label) =>
        page.FindAll($"{group} label").Single(l => l.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).QuerySelector("input")!;
}
