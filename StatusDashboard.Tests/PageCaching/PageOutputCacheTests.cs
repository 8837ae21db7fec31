using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.PageCaching;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.PageCaching;

public sealed class PageOutputCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = StatusPageFactory.Now;
    private readonly StatusPageFactory host = new();

    public void Dispose() => host.Dispose();

    private async Task<string> GetAsync(string url)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Whether the page cache holds <paramref name="url"/>: a lookup whose factory runs only on a miss.</summary>
    private async Task<bool> IsKeptAsync(string url)
    {
        var context = new DefaultHttpContext();
        var parts = url.Split('?', 2);
        context.Request.Path = parts[0];
        context.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        var key = PageOutputCacheMiddleware.KeyFor(context.Request);
        Assert.NotNull(key);
        var missed = false;
        await host.Services.GetRequiredService<IStatusCache>().GetOrCreateAsync<RenderedPage?>(key, [CacheTags.Incidents], _ =>
        {
            missed = true;
            return Task.FromResult<RenderedPage?>(null);
        });
        return !missed;
    }

    [Fact]
    public async Task Index_IsKept_AndAChangeCommittedThroughTheApplicationShowsAtOnce()
    {
        await host.SeedAsync(db => new CatalogBuilder(db).Component("Storage", "Object Storage", "EU-West"));
        var before = await GetAsync("/");
        Assert.True(await IsKeptAsync("/"));

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync())
        {
            var incident = new Incident { Title = "Uploads are failing", Impact = Impact.Major, Start = Now.AddMinutes(-5), Source = IncidentSource.Operator };
            incident.Components.Add(await db.Components.SingleAsync());
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        }

        var after = await GetAsync("/");

        Assert.Contains("All systems operational", before);
        Assert.Contains("Uploads are failing", after);
        Assert.DoesNotContain("All systems operational", after);
    }

    [Fact]
    public async Task Index_TurnsOver_WhenAPlannedMaintenanceWindowOpens()
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            catalog.Incident("Storage firmware upgrade", Impact.Maintenance, Now.AddMinutes(1), Now.AddHours(3), catalog.Component("Storage", "Object Storage", "EU-West"));
        });
        var planned = await GetAsync("/");

        // Well within the cache's own entry lifetime: only the window opening can make the kept page stale.
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var inProgress = await GetAsync("/");

        Assert.DoesNotContain("Maintenance in progress", planned);
        Assert.Contains("Storage firmware upgrade", planned);
        Assert.Contains("Maintenance in progress", inProgress);
    }

    [Fact]
    public async Task History_MovesAnIncidentIn_WhenItsPlannedEndPasses()
    {
        await host.SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            catalog.Incident("Network switch replacement", Impact.Maintenance, Now.AddHours(-1), Now.AddMinutes(1), catalog.Component("Network", "Load Balancer", "EU-West"));
        });
        var during = await GetAsync("/history");

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await GetAsync("/history");

        Assert.DoesNotContain("Network switch replacement", during);
        Assert.Contains("Network switch replacement", after);
    }

    [Theory]
    [InlineData("/?region=Nowhere")]
    [InlineData("/history?month=not-a-month")]
    [InlineData("/history?page=999")]
    public async Task PageAnsweringAnUnknownOrMalformedQuery_IsNotKept(string url)
    {
        await host.SeedAsync(db => new CatalogBuilder(db).Component("Storage", "Object Storage", "EU-West"));

        await GetAsync(url);

        Assert.False(await IsKeptAsync(url));
    }

    [Fact]
    public void OtherPages_AreNeverKept()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/incidents/1";

        Assert.Null(PageOutputCacheMiddleware.KeyFor(context.Request));
    }
}
