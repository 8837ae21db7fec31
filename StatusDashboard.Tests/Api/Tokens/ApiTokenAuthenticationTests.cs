using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Tests.Api.Stackmon;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Tokens;

/// <summary>Our API tokens on a write endpoint (the stackmon status report): scopes, revocation and the rate limits.</summary>
public sealed class ApiTokenAuthenticationTests : IAsyncLifetime
{
    private const string Body = """{"name": "Elastic Cloud Server", "impact": 1, "attributes": [{"name": "region", "value": "EU-DE"}]}""";

    private readonly StackmonApiFactory factory = new()
    {
        HostSettings = new Dictionary<string, string?>
        {
            ["Api:Stackmon:Secret"] = StackmonApiFactory.Secret,
            ["Api:FailedTokenChecksPerMinute"] = "3",
            ["Api:WritesPerMinute"] = "4",
        },
    };

    public Task InitializeAsync() => factory.SeedAsync(db => StackmonApiFactory.Component(new CatalogBuilder(db), "Compute", "Elastic Cloud Server", "EU-DE"));

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task WriteToken_ReportsAComponentStatus()
    {
        var token = await factory.CreateApiTokenAsync(ApiTokenScope.Write);

        var response = await factory.PostStatusAsync(Body, token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ReadToken_Is403Problem_NamingTheScope()
    {
        var token = await factory.CreateApiTokenAsync(ApiTokenScope.Read);

        var response = await factory.PostStatusAsync(Body, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("write scope", await DetailAsync(response));
    }

    [Fact]
    public async Task RevokedToken_Is401_SayingItWasRevoked()
    {
        var token = await factory.CreateApiTokenAsync(ApiTokenScope.Write);
        var id = (await factory.Services.GetRequiredService<ApiTokenService>().ListAsync()).Single().Id;
        await factory.Services.GetRequiredService<ApiTokenService>().RevokeAsync(id, "admin");

        var response = await factory.PostStatusAsync(Body, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", await DetailAsync(response));
        Assert.StartsWith("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task MissingToken_Is401_WithABearerChallenge()
    {
        var response = await factory.PostStatusAsync(Body, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(ApiAuthenticationHandler.MissingToken, await DetailAsync(response));
    }

    [Fact]
    public async Task RepeatedFailedChecks_Are429_EvenForAGoodTokenAfterwards()
    {
        var good = await factory.CreateApiTokenAsync(ApiTokenScope.Write);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await factory.PostStatusAsync(Body, "sdb_guessguessgu_" + attempt)).StatusCode);
        }

        var refused = await factory.PostStatusAsync(Body, good);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many failed token checks", await DetailAsync(refused));
    }

    [Fact]
    public async Task WritesBeyondTheLimit_Are429_WithRetryAfter()
    {
        var token = await factory.CreateApiTokenAsync(ApiTokenScope.Write);
        for (var write = 0; write < 4; write++)
        {
            Assert.True((await factory.PostStatusAsync(Body, token)).IsSuccessStatusCode);
        }

        var refused = await factory.PostStatusAsync(Body, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains("too many writes", await DetailAsync(refused));
    }

    [Fact]
    public async Task StackmonJwt_StillWrites_AlongsideApiTokens()
    {
        await factory.CreateApiTokenAsync(ApiTokenScope.Write);

        Assert.Equal(HttpStatusCode.Created, (await factory.PostStatusAsync(Body, factory.Token())).StatusCode);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(problem.GetProperty("detail").GetString(), problem.GetProperty("message").GetString());
        return problem.GetProperty("detail").GetString()!;
    }
}
