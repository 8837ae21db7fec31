using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Sla;

/// <summary>The host over real HTTP with the measured demo scenario (<see cref="SlaReportScenario"/>), for the SLA report's pages.</summary>
public sealed class SlaReportServer : LiveStatusDashboardFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _ = BaseAddress;
        await SlaReportScenario.SeedAsync(Services);
    }

    /// <summary>A client on the server that follows no redirect, so a test sees each answer as it is.</summary>
    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
