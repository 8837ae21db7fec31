using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Caching;

public sealed class CacheWiringTests(StatusDashboardFactory factory) : IClassFixture<StatusDashboardFactory>
{
    [Fact]
    public async Task DefaultHost_UsesTheInProcessCache_AndAChangeThroughItsDbContextInvalidatesIt()
    {
        var incidentId = await HostIncidents.AddAsync(factory.Services, "Slow disks");
        var before = await HostIncidents.ReadAsync(factory.Services, incidentId);

        await HostIncidents.RenameAsync(factory.Services, incidentId, "Disks replaced");
        var after = await HostIncidents.ReadAsync(factory.Services, incidentId);

        Assert.IsType<MemoryStatusCache>(factory.Services.GetRequiredService<IStatusCache>());
        Assert.Equal("Slow disks", before.Title);
        Assert.Equal("Disks replaced", after.Title);
    }
}
