using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Markdown;

/// <summary>The host with one open and one closed incident whose titles and updates are written to attack the page.</summary>
public sealed class HostileTextFixture : StatusPageFactory, IAsyncLifetime
{
    public const string ScriptTitle = "<script>alert('title')</script> uploads";
    public const string ImageUpdate = "<img src=x onerror=alert(1)> and [click me](javascript:alert(2)) and [data](data:text/html,<script>alert(3)</script>)";
    public static readonly string LongWord = new('W', 5000);
    public static readonly string LongTitle = new('T', 200);

    public int OpenIncidentId { get; private set; }

    public async Task InitializeAsync()
    {
        Incident? open = null;
        await SeedAsync(db =>
        {
            var catalog = new CatalogBuilder(db);
            var storage = catalog.Component("Storage", "Object Storage", "EU-West");
            open = catalog.Incident(ScriptTitle, Impact.Major, Now.AddHours(-2), null, storage);
            open.Updates.Add(new IncidentUpdate { Timestamp = Now.AddHours(-2), Status = IncidentStatus.Analyzing, Text = ImageUpdate, Author = "<b>Ops</b>" });
            open.Updates.Add(new IncidentUpdate { Timestamp = Now.AddHours(-1), Status = IncidentStatus.Fixing, Text = LongWord, Author = "Ops" });
            catalog.Incident(LongTitle, Impact.Minor, Now.AddHours(-5), Now.AddHours(-4), storage);
        });
        OpenIncidentId = open!.Id;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
