using System.Net;
using StatusDashboard.Security;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>Each caller × each row of <see cref="AuthorizationMatrix"/>, signed in through <see cref="TestAuthentication"/>.</summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Server server) : IClassFixture<AuthorizationMatrixTests.Server>
{
    public sealed class Server() : SecurityTestServer(headerSignIn: true);

    [Theory]
    [MemberData(nameof(AuthorizationMatrix.Cases), MemberType = typeof(AuthorizationMatrix))]
    public async Task Caller_GetsTheExpectedStatus(string caller, string method, string path, int expected)
    {
        using var client = server.CreateRawClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        switch (caller)
        {
            case "Viewer":
                TestAuthentication.SignIn(request, "vic");
                break;
            case "Operator":
                TestAuthentication.SignIn(request, "olive", Roles.Operator);
                break;
            case "Admin":
                TestAuthentication.SignIn(request, "ada", Roles.Admin);
                break;
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == AuthorizationMatrix.SignIn)
        {
            Assert.Equal($"{AccountEndpoints.SignInPath}?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
        }
    }

    [Fact]
    public async Task Viewer_GetsTheNoAccessPage_NotARedirect()
    {
        using var client = server.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, ProtectedTestEndpoints.OperatorPath);
        TestAuthentication.SignIn(request, "vic");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("You do not have access", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MissingPage_StillAnswersNotFound_WithTheNotFoundPage()
    {
        using var client = server.CreateRawClient();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("You do not have access", await response.Content.ReadAsStringAsync());
    }
}
