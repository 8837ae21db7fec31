using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Hosting;

public sealed class HostStartupTests(StatusDashboardFactory factory) : IClassFixture<StatusDashboardFactory>
{
    [Fact]
    public async Task Start_CreatesTheDatabaseInTheInstanceFolder()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");

        response.EnsureSuccessStatusCode();
        Assert.True(File.Exists(Path.Combine(factory.InstancePath, "statusdashboard.db")));
    }

    [Fact]
    public async Task UnknownAddress_IsNotFound()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
