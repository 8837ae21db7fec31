using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Pages;

/// <summary>The host with a small known catalog: open incidents, maintenance now and later, closed incidents in two months.</summary>
public sealed class PublicPagesFixture : StatusPageFactory, IAsyncLifetime
{
    /// <summary>Closed incidents that started in October 2026: one outage and the DNS blips.</summary>
    public const int OctoberClosedIncidents = 120;

    public int OpenIncidentId { get; private set; }

    public async Task InitializeAsync()
    {
        Incident? uploads = null;
        await SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var storageWest = catalog.Component("Storage", "Object Storage", "EU-West");
            var storageNorth = catalog.Component("Storage", "Object Storage", "EU-North");
            var backupWest = catalog.Component("Storage", "Backup", "EU-West");
            var dnsWest = catalog.Component("Network", "DNS", "EU-West");
            var dnsNorth = catalog.Component("Network", "DNS", "EU-North");
            var vpcNorth = catalog.Component("Network", "Virtual Private Cloud", "EU-North");

            uploads = catalog.Incident("Uploads fail", Impact.Major, Now.AddHours(-2), null, storageWest, backupWest);
            uploads.Updates.Add(new IncidentUpdate { Timestamp = Now.AddHours(-2), Status = IncidentStatus.Analyzing, Text = "First look", Author = "Ops" });
            uploads.Updates.Add(new IncidentUpdate { Timestamp = Now.AddMinutes(-30), Status = IncidentStatus.Fixing, Text = "Line one\nLine two <b>bold</b>", Author = "Ops" });
            catalog.Incident("DNS slow", Impact.Minor, Now.AddHours(-1), null, dnsNorth);
            catalog.Incident("Storage firmware", Impact.Maintenance, Now.AddHours(-1), Now.AddHours(2), storageNorth);
            catalog.Incident("Core switch swap", Impact.Maintenance, Now.AddDays(3), Now.AddDays(3).AddHours(4), vpcNorth);

            var outageStart = new DateTimeOffset(2026, 10, 5, 10, 0, 0, TimeSpan.Zero);
            catalog.Incident("Storage down", Impact.Outage, outageStart, outageStart.AddMinutes(44.64), storageWest);
            for (var i = 0; i < OctoberClosedIncidents - 1; i++)
            {
                var start = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i);
                catalog.Incident($"DNS blip {i:D3}", Impact.Minor, start, start.AddMinutes(10), dnsWest);
            }

            catalog.Incident("September blip", Impact.Minor, new DateTimeOffset(2026, 9, 10, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 9, 10, 9, 0, 0, TimeSpan.Zero), dnsWest);
        });
        OpenIncidentId = uploads!.Id;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
