using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using StatusDashboard.Tests.Infrastructure;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Admin;

/// <summary>The real host with the fake clock, signing requests in through <see cref="TestAuthentication"/> headers.</summary>
public sealed class AdminHostFactory : StatusPageFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAuthentication.AddTo);
    }
}
