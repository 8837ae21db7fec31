using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api.Stackmon;

public sealed class StackmonSecretTests
{
    private const string Body = """{"name": "Object Storage", "impact": 1, "attributes": [{"name": "region", "value": "EU-DE"}]}""";

    [Fact]
    public async Task Post_WithTokenSignedByAShortStackmonSecretKey_IsAccepted()
    {
        await using var factory = new StackmonApiFactory { HostSettings = new Dictionary<string, string?> { ["SDB_SECRET_KEY"] = "short" } };
        await SeedAsync(factory);
        var expires = StatusPageFactory.Now.AddHours(1).ToUnixTimeSeconds();

        var response = await factory.PostStatusAsync(Body, HandSigned($$"""{"stackmon": "dummy", "exp": {{expires}}}""", "short"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithNoSecretConfigured_Is401()
    {
        await using var factory = new StackmonApiFactory { HostSettings = new Dictionary<string, string?>() };
        await SeedAsync(factory);

        var response = await factory.PostStatusAsync(Body, factory.Token());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not configured", await response.Content.ReadAsStringAsync());
    }

    private static Task SeedAsync(StackmonApiFactory factory) =>
        factory.SeedAsync(db => StackmonApiFactory.Component(new CatalogBuilder(db), "Storage", "Object Storage", "EU-DE"));

    /// <summary>A JWT signed as PyJWT signs it, with the raw secret as the HMAC key, whatever its length.</summary>
    private static string HandSigned(string payload, string secret)
    {
        var unsigned = $"{Base64UrlEncoder.Encode("""{"alg": "HS256", "typ": "JWT"}""")}.{Base64UrlEncoder.Encode(payload)}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(unsigned));
        return $"{unsigned}.{Base64UrlEncoder.Encode(signature)}";
    }
}
