using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Bench;

public sealed class BenchEndpointsTests
{
    [Fact]
    public async Task CacheReset_IsAbsent_ByDefault()
    {
        using var factory = new StatusDashboardFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/bench/cache-reset", content: null);

        // What answers instead is the pages' business (today a 400 from the POST to no page); it must not succeed.
        Assert.False(response.IsSuccessStatusCode, $"POST /bench/cache-reset answered {response.StatusCode}");
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        Assert.DoesNotContain(endpoints, e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "BenchCacheReset");
    }

    [Fact]
    public async Task CacheReset_DropsCachedPageData_WhenEnabled()
    {
        using var server = new CacheResetEnabledServer();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var cache = server.Services.GetRequiredService<IStatusCache>();
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(++reads);
        await cache.GetOrCreateAsync("bench-test", [CacheTags.Incidents], Read);
        await cache.GetOrCreateAsync("bench-test", [CacheTags.Incidents], Read);
        Assert.Equal(1, reads);

        using var response = await client.PostAsync("/bench/cache-reset", content: null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(2, await cache.GetOrCreateAsync("bench-test", [CacheTags.Incidents], Read));
    }
}
