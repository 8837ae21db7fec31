using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Feeds;

/// <summary>
/// Three components (Object Storage in EU-West and EU-East, Compute in EU-West) with incidents whose last updates
/// come in a known order, and maintenances before, during and after <see cref="StatusPageFactory.Now"/>.
/// </summary>
public sealed class FeedCatalog
{
    public static readonly DateTimeOffset Now = StatusPageFactory.Now;

    public Component StorageWest { get; private set; } = null!;
    public Component StorageEast { get; private set; } = null!;
    public Component ComputeWest { get; private set; } = null!;

    /// <summary>Started first, but updated last: the newest item.</summary>
    public Incident StorageOutage { get; private set; } = null!;

    public Incident ComputeSlow { get; private set; } = null!;
    public Incident EastErrors { get; private set; } = null!;
    public Incident UpcomingUpgrade { get; private set; } = null!;
    public Incident RunningPatch { get; private set; } = null!;
    public Incident CancelledMove { get; private set; } = null!;
    public Incident FinishedSwap { get; private set; } = null!;
    public Incident LongAgoMaintenance { get; private set; } = null!;

    public static async Task<FeedCatalog> SeedAsync(StatusPageFactory host)
    {
        var seeded = new FeedCatalog();
        await host.SeedAsync(db => seeded.Seed(new CatalogBuilder(db)));
        return seeded;
    }

    private void Seed(CatalogBuilder catalog)
    {
        StorageWest = catalog.Component("Storage", "Object Storage", "EU-West");
        StorageEast = catalog.Component("Storage", "Object Storage", "EU-East");
        ComputeWest = catalog.Component("Compute", "Compute", "EU-West");

        StorageOutage = catalog.Incident("Object Storage unavailable", Impact.Outage, Now.AddHours(-5), null, StorageWest);
        Update(StorageOutage, Now.AddHours(-5), IncidentStatus.Analyzing, "Uploads fail with *503*.");
        Update(StorageOutage, Now.AddMinutes(-10), IncidentStatus.Fixing, "A storage node is being replaced.");
        ComputeSlow = catalog.Incident("Compute slow", Impact.Minor, Now.AddHours(-3), Now.AddHours(-1), ComputeWest);
        Update(ComputeSlow, Now.AddHours(-3), IncidentStatus.Analyzing, "Instances start slowly.");
        Update(ComputeSlow, Now.AddHours(-1), IncidentStatus.Resolved, "Back to normal.");
        EastErrors = catalog.Incident("Errors in EU-East", Impact.Major, Now.AddHours(-2), null, StorageEast);
        Update(EastErrors, Now.AddMinutes(-30), IncidentStatus.Analyzing, "Some requests fail.");

        UpcomingUpgrade = catalog.Incident("Storage upgrade, phase 1; all nodes", Impact.Maintenance, Now.AddDays(2), Now.AddDays(2).AddHours(3), StorageWest, StorageEast);
        Update(UpcomingUpgrade, Now.AddDays(-1), IncidentStatus.Scheduled, "Rolling upgrade.\nExpect short interruptions.");
        Update(UpcomingUpgrade, Now.AddHours(-6), IncidentStatus.Modified, "Moved by one hour.");
        RunningPatch = catalog.Incident("Compute patching", Impact.Maintenance, Now.AddHours(-1), Now.AddHours(1), ComputeWest);
        Update(RunningPatch, Now.AddDays(-3), IncidentStatus.Scheduled, "Kernel patches.");
        CancelledMove = catalog.Incident("Rack move", Impact.Maintenance, Now.AddDays(5), Now.AddDays(5).AddHours(2), ComputeWest);
        Update(CancelledMove, Now.AddDays(-2), IncidentStatus.Scheduled, "Rack move.");
        Update(CancelledMove, Now.AddHours(-2), IncidentStatus.Cancelled, "Not needed any more.");
        FinishedSwap = catalog.Incident("Disk swap", Impact.Maintenance, Now.AddDays(-7), Now.AddDays(-7).AddHours(2), ComputeWest);
        Update(FinishedSwap, Now.AddDays(-8), IncidentStatus.Scheduled, "Disk swap.");
        Update(FinishedSwap, Now.AddDays(-7).AddHours(2), IncidentStatus.Completed, "Done.");
        LongAgoMaintenance = catalog.Incident("Old maintenance", Impact.Maintenance, Now.AddDays(-90), Now.AddDays(-90).AddHours(1), ComputeWest);
        Update(LongAgoMaintenance, Now.AddDays(-91), IncidentStatus.Scheduled, "Long ago.");
    }

    private static void Update(Incident incident, DateTimeOffset at, IncidentStatus status, string text) =>
        incident.Updates.Add(new IncidentUpdate { Timestamp = at, Status = status, Text = text, Author = "operator" });
}
