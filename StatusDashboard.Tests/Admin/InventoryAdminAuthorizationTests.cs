using System.Net;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Admin;

/// <summary>The inventory page through the real host: administrators only, like the other admin pages.</summary>
public sealed class InventoryAdminAuthorizationTests(AdminHostFactory host) : IClassFixture<AdminHostFactory>
{
    [Fact]
    public async Task InventoryPage_IsServedToAnAdministrator_WithItsTabs()
    {
        var response = await host.GetAsync("/admin/inventory?circuit=ZYO-9", "root", "Admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Inventory · Administration", html);
        Assert.Contains("href=\"/admin/inventory\"", html);
    }

    [Fact]
    public async Task InventoryPage_IsNotShownToAnonymousVisitors()
    {
        var response = await host.GetAsync("/admin/inventory", user: null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Administration", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InventoryPage_IsForbiddenToAnOperator()
    {
        var response = await host.GetAsync("/admin/inventory", "olga", "Operator");

        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Found && response.Headers.Location!.OriginalString.Contains("AccessDenied")),
            $"{response.StatusCode} {response.Headers.Location}");
        Assert.DoesNotContain("Administration", await response.Content.ReadAsStringAsync());
    }
}
