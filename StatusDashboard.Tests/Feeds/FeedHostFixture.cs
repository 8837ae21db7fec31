using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Feeds;

/// <summary>One host seeded with <see cref="FeedCatalog"/>, shared by the read-only feed and badge tests of a class.</summary>
public sealed class FeedHostFixture : IAsyncLifetime
{
    public StatusPageFactory Host { get; } = new();

    public FeedCatalog Catalog { get; private set; } = null!;

    public async Task InitializeAsync() => Catalog = await FeedCatalog.SeedAsync(Host);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
