using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// The real host served by Kestrel over real HTTP, for clients outside the process (a browser, a load generator).
/// It listens on 127.0.0.1 with a port the system picks, so parallel runs never collide.
/// </summary>
public class LiveStatusDashboardFactory : StatusDashboardFactory
{
    public LiveStatusDashboardFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Outside Development the host serves package assets (MudBlazor's CSS) only from published output;
        // a browser needs them from the build output too, or every screenshot shows an unstyled page.
        builder.UseStaticWebAssets();
    }

    /// <summary>The address Kestrel listens on; starts the server on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.Single());
        }
    }
}
