using System.Net;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>Every response carries the security headers: pages, errors, refusals and files.</summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.Server server) : IClassFixture<SecurityHeadersTests.Server>
{
    public sealed class Server() : SecurityTestServer(headerSignIn: true);

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/history", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData(ProtectedTestEndpoints.OperatorPath, HttpStatusCode.Found)]
    [InlineData(ProtectedTestEndpoints.ThrowingPath, HttpStatusCode.InternalServerError)]
    public async Task Response_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var client = server.CreateRawClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Forbidden_CarriesTheSecurityHeaders()
    {
        using var client = server.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, ProtectedTestEndpoints.AdminPath);
        TestAuthentication.SignIn(request, "vic");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public void ContentSecurityPolicy_WithAProvider_LetsFormsRedirectToItOnly()
    {
        var policy = StatusDashboard.Security.SecurityHeadersMiddleware.ContentSecurityPolicy("https://id.example.test");

        Assert.Contains("form-action 'self' https://id.example.test", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            policy);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
    }
}
