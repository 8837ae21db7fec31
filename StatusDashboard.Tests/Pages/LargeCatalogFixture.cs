using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Pages;

/// <summary>
/// 1,000 components all in one region (so the index shows every one of them), 20 open incidents and 2,000 closed
/// ones spread over the last two years: the worst case for the index's size.
/// </summary>
public sealed class LargeCatalogFixture : StatusPageFactory, IAsyncLifetime
{
    public const int Categories = 40;
    public const int ServicesPerCategory = 25;
    public const int OpenIncidents = 20;
    public const int ClosedIncidents = 2_000;

    public async Task InitializeAsync() => await SeedAsync(db =>
    {
        var catalog = new CatalogBuilder(db);
        var components = new List<Component>();
        for (var c = 0; c < Categories; c++)
        {
            for (var s = 0; s < ServicesPerCategory; s++)
            {
                components.Add(catalog.Component($"Category {c:D2}", $"Service {c:D2}-{s:D2} with a realistic name", "EU-West"));
            }
        }

        for (var i = 0; i < OpenIncidents; i++)
        {
            var incident = catalog.Incident($"Open incident {i}", (Impact)(1 + (i % 3)), Now.AddMinutes(-10 * (i + 1)), null, components.Skip(i * 50).Take(3).ToArray());
            incident.Updates.Add(new IncidentUpdate { Timestamp = Now.AddMinutes(-5), Status = IncidentStatus.Analyzing, Text = "We are looking into it.", Author = "Ops" });
        }

        for (var i = 0; i < ClosedIncidents; i++)
        {
            var start = Now.AddHours(-1 - (i * 0.9));
            var incident = catalog.Incident($"Closed incident {i}", (Impact)(i % 4), start, start.AddMinutes(30), components[i % components.Count]);
            incident.Updates.Add(new IncidentUpdate { Timestamp = start.AddMinutes(30), Status = IncidentStatus.Resolved, Text = "Resolved.", Author = "Ops" });
        }
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
