using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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

    /// <summary>GETs <paramref name="path"/> without following redirects, signed in as <paramref name="user"/> with <paramref name="roles"/> (anonymous when null).</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? user, params string[] roles)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user is not null)
        {
            TestAuthentication.SignIn(request, user, roles);
        }

        return await client.SendAsync(request);
    }
}
