using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Data;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Api;

/// <summary>The status page host whose database commands are counted in <see cref="Commands"/>.</summary>
public class CountingStatusPageFactory : StatusPageFactory
{
    public DatabaseCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<StatusDbContext>(options => options.AddInterceptors(Commands)));
    }

    /// <summary>How many database commands <paramref name="action"/> sent.</summary>
    public async Task<int> CountCommandsAsync(Func<Task> action)
    {
        var before = Commands.Count;
        await action();
        return Commands.Count - before;
    }
}
