using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Stackmon;

/// <summary>The host with a stackmon API secret, a fake clock, and helpers to sign tokens and post status reports.</summary>
public sealed class StackmonApiFactory : CountingStatusPageFactory
{
    public const string Secret = "a-test-secret-for-the-stackmon-api-of-32-bytes-or-more";

    /// <summary>The host's settings; by default only the API secret.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings { get; init; } = new Dictionary<string, string?> { ["Api:Stackmon:Secret"] = Secret };

    protected override IReadOnlyDictionary<string, string?> Settings => HostSettings;

    /// <summary>An HS256 token with the stackmon claim, valid for an hour from the fake clock's now unless told otherwise.</summary>
    public string Token(string secret = Secret, DateTimeOffset? expires = null, string claim = "stackmon")
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { [claim] = "monitoring" },
            Expires = (expires ?? Clock.GetUtcNow().AddHours(1)).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });
    }

    public Task<HttpResponseMessage> PostStatusAsync(string json, string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client.PostAsync("/api/v1/component_status", new StringContent(json, Encoding.UTF8, "application/json"));
    }

    public Task<HttpResponseMessage> ReportAsync(string service, string region, int impact) =>
        PostStatusAsync($$"""{"name": "{{service}}", "impact": {{impact}}, "attributes": [{"name": "region", "value": "{{region}}"}]}""", Token());

    public async Task<T> ReadAsync<T>(Func<StatusDbContext, Task<T>> read)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>A component with its region and category as attribute rows, as the catalog provisioning stores them.</summary>
    public static Component Component(CatalogBuilder catalog, string category, string service, string region)
    {
        var component = catalog.Component(category, service, region);
        component.Attributes.Add(new ComponentAttribute { Name = "region", Value = region });
        component.Attributes.Add(new ComponentAttribute { Name = "category", Value = category });
        return component;
    }
}
