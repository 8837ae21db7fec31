using System.Net;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Admin;

public sealed class AdminAuthorizationTests(AdminHostFactory host) : IClassFixture<AdminHostFactory>
{
    public static TheoryData<string> AdminPages => new() { "/admin", "/admin/audit" };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_IsServedToAnAdministrator(string path)
    {
        var response = await host.GetAsync(path, "root", "Admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Administration", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_IsForbiddenToAnOperator(string path)
    {
        var response = await host.GetAsync(path, "olga", "Operator");

        // The cookie scheme answers a forbid with its access-denied redirect until sign-in (issue 3, item 5) makes it a 403.
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Found && response.Headers.Location!.OriginalString.Contains("AccessDenied")),
            $"{response.StatusCode} {response.Headers.Location}");
        Assert.DoesNotContain("Administration", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_IsNotShownToAnonymousVisitors(string path)
    {
        var response = await host.GetAsync(path, user: null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Administration", await response.Content.ReadAsStringAsync());
    }
}
