namespace StatusDashboard.Tests.Catalog;

/// <summary>A test class whose every test runs on a <see cref="CatalogTestHost"/> of its own, provisioned with <see cref="Catalog"/>.</summary>
public abstract class CatalogHostTest : IAsyncLifetime
{
    protected CatalogTestHost Host { get; private set; } = null!;

    protected abstract string Catalog { get; }

    public async Task InitializeAsync()
    {
        Host = await CatalogTestHost.StartAsync();
        await Host.ProvisionAsync(Catalog);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
