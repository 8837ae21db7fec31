using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Api.Statuspage;

/// <summary>Each impact and status of ours against what the Statuspage API reports for it, through the real host.</summary>
public sealed class StatuspageMappingTests : StatuspageApiTestBase
{
    [Theory]
    [InlineData(null, "operational", "none", "All Systems Operational")]
    [InlineData(Impact.Minor, "degraded_performance", "minor", "Minor Service Outage")]
    [InlineData(Impact.Major, "partial_outage", "major", "Partial System Outage")]
    [InlineData(Impact.Outage, "major_outage", "critical", "Major System Outage")]
    [InlineData(Impact.Maintenance, "under_maintenance", "maintenance", "Service Under Maintenance")]
    public async Task ComponentAndPageStatus_FollowTheActiveImpact(Impact? impact, string componentStatus, string indicator, string description)
    {
        await SeedAsync((catalog, _) =>
        {
            var affected = catalog.Component("Compute", "ECS", "EU-DE");
            catalog.Component("Compute", "ECS", "EU-NL");
            if (impact is { } i)
            {
                catalog.Incident("Trouble", i, Now.AddHours(-1), i == Impact.Maintenance ? Now.AddHours(1) : null, affected);
            }
        });

        var summary = await GetJsonAsync("/api/v2/summary.json");

        var components = summary.GetProperty("components");
        Assert.Equal(componentStatus, components[1].GetProperty("status").GetString());
        Assert.Equal("operational", components[2].GetProperty("status").GetString());
        Assert.Equal(componentStatus, components[0].GetProperty("status").GetString());
        Assert.Equal(indicator, summary.GetProperty("status").GetProperty("indicator").GetString());
        Assert.Equal(description, summary.GetProperty("status").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Component_TakesHighestImpact_AndPageIgnoresMaintenanceWhileAnIncidentIsOpen()
    {
        await SeedAsync((catalog, _) =>
        {
            var component = catalog.Component("Compute", "ECS", "EU-DE");
            catalog.Incident("Upgrade", Impact.Maintenance, Now.AddHours(-1), Now.AddHours(1), component);
            catalog.Incident("Slow", Impact.Minor, Now.AddHours(-1), null, component);
            catalog.Incident("Down", Impact.Outage, Now.AddHours(-1), Now.AddMinutes(-5), component);
        });

        var summary = await GetJsonAsync("/api/v2/summary.json");

        Assert.Equal("degraded_performance", summary.GetProperty("components")[1].GetProperty("status").GetString());
        Assert.Equal("minor", summary.GetProperty("status").GetProperty("indicator").GetString());
    }

    [Theory]
    [InlineData(IncidentStatus.Analyzing, "investigating")]
    [InlineData(IncidentStatus.Fixing, "identified")]
    [InlineData(IncidentStatus.Observing, "monitoring")]
    [InlineData(IncidentStatus.ImpactChanged, "investigating")]
    [InlineData(IncidentStatus.Changed, "investigating")]
    [InlineData(IncidentStatus.Reopened, "investigating")]
    public async Task OpenIncidentStatus_FollowsItsLatestUpdate(IncidentStatus latest, string expected)
    {
        await SeedAsync((catalog, _) =>
        {
            var incident = catalog.Incident("Slow", Impact.Minor, Now.AddHours(-2), null, catalog.Component("Compute", "ECS", "EU-DE"));
            Update(incident, IncidentStatus.Analyzing, Now.AddHours(-2));
            Update(incident, latest, Now.AddHours(-1));
        });

        var incident = Assert.Single((await GetJsonAsync("/api/v2/incidents/unresolved.json")).GetProperty("incidents").EnumerateArray());

        Assert.Equal(expected, incident.GetProperty("status").GetString());
        Assert.Equal(expected, incident.GetProperty("incident_updates")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(Impact.Minor, "minor")]
    [InlineData(Impact.Major, "major")]
    [InlineData(Impact.Outage, "critical")]
    public async Task IncidentImpact_IsStatuspageImpact(Impact impact, string expected)
    {
        await SeedAsync((catalog, _) => catalog.Incident("Trouble", impact, Now.AddHours(-1), null, catalog.Component("Compute", "ECS", "EU-DE")));

        var incident = Assert.Single((await GetJsonAsync("/api/v2/incidents.json")).GetProperty("incidents").EnumerateArray());

        Assert.Equal(expected, incident.GetProperty("impact").GetString());
    }

    [Fact]
    public async Task ResolvedIncident_IsListedButNotUnresolved_WithResolvedAtAndMonitoringAt()
    {
        Incident open = null!;
        Incident resolved = null!;
        await SeedAsync((catalog, _) =>
        {
            var component = catalog.Component("Compute", "ECS", "EU-DE");
            open = catalog.Incident("Open", Impact.Minor, Now.AddHours(-1), null, component);
            resolved = catalog.Incident("Over", Impact.Major, Now.AddHours(-5), Now.AddHours(-2), component);
            Update(resolved, IncidentStatus.Analyzing, Now.AddHours(-5));
            Update(resolved, IncidentStatus.Observing, Now.AddHours(-3));
            Update(resolved, IncidentStatus.Resolved, Now.AddHours(-2));
            catalog.Incident("Upgrade", Impact.Maintenance, Now.AddHours(-1), Now.AddHours(1), component);
        });

        var all = (await GetJsonAsync("/api/v2/incidents.json")).GetProperty("incidents");
        var unresolved = (await GetJsonAsync("/api/v2/incidents/unresolved.json")).GetProperty("incidents");

        Assert.Equal([open.Id.ToString(), resolved.Id.ToString()], all.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal([open.Id.ToString()], unresolved.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var over = ById(all, resolved.Id.ToString());
        Assert.Equal("resolved", over.GetProperty("status").GetString());
        Assert.Equal(Now.AddHours(-2), over.GetProperty("resolved_at").GetDateTimeOffset());
        Assert.Equal(Now.AddHours(-3), over.GetProperty("monitoring_at").GetDateTimeOffset());
        Assert.Equal(["resolved", "monitoring", "investigating"], over.GetProperty("incident_updates").EnumerateArray().Select(u => u.GetProperty("status").GetString()));
        Assert.Equal("investigating", ById(all, open.Id.ToString()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task IncidentList_HoldsTheFiftyMostRecent_NewestFirst()
    {
        await SeedAsync((catalog, _) =>
        {
            var component = catalog.Component("Compute", "ECS", "EU-DE");
            for (var day = 1; day <= 52; day++)
            {
                catalog.Incident($"Day {day}", Impact.Minor, Now.AddDays(-day), Now.AddDays(-day).AddHours(1), component);
            }
        });

        var incidents = (await GetJsonAsync("/api/v2/incidents.json")).GetProperty("incidents");

        Assert.Equal(Enumerable.Range(1, 50).Select(day => $"Day {day}"), incidents.EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task IncidentThatEndsByTime_LeavesUnresolvedWhenTheClockPassesItsEnd()
    {
        await SeedAsync((catalog, _) =>
            catalog.Incident("Short", Impact.Minor, Now.AddHours(-1), Now.AddMinutes(10), catalog.Component("Compute", "ECS", "EU-DE")));

        Assert.Equal(1, (await GetJsonAsync("/api/v2/incidents/unresolved.json")).GetProperty("incidents").GetArrayLength());
        Factory.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(0, (await GetJsonAsync("/api/v2/incidents/unresolved.json")).GetProperty("incidents").GetArrayLength());
        Assert.Equal("resolved", (await GetJsonAsync("/api/v2/incidents.json")).GetProperty("incidents")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Maintenances_SplitIntoUpcomingAndActive_WithStatusesFromUpdatesAndWindow()
    {
        Incident upcoming = null!;
        Incident active = null!;
        Incident done = null!;
        Incident cancelled = null!;
        Incident modified = null!;
        await SeedAsync((catalog, _) =>
        {
            var component = catalog.Component("Compute", "ECS", "EU-DE");
            upcoming = catalog.Incident("Later", Impact.Maintenance, Now.AddDays(2), Now.AddDays(2).AddHours(1), component);
            Update(upcoming, IncidentStatus.Scheduled, Now.AddDays(-1));
            modified = catalog.Incident("Moved", Impact.Maintenance, Now.AddDays(1), Now.AddDays(1).AddHours(1), component);
            Update(modified, IncidentStatus.Scheduled, Now.AddDays(-2));
            Update(modified, IncidentStatus.Modified, Now.AddDays(-1));
            active = catalog.Incident("Now", Impact.Maintenance, Now.AddHours(-1), Now.AddHours(1), component);
            Update(active, IncidentStatus.Scheduled, Now.AddDays(-1));
            Update(active, IncidentStatus.InProgress, Now.AddHours(-1));
            done = catalog.Incident("Done", Impact.Maintenance, Now.AddDays(-3), Now.AddDays(-3).AddHours(1), component);
            Update(done, IncidentStatus.Completed, Now.AddDays(-3).AddHours(1));
            cancelled = catalog.Incident("Called off", Impact.Maintenance, Now.AddDays(-4), Now.AddDays(-4).AddHours(1), component);
            Update(cancelled, IncidentStatus.Cancelled, Now.AddDays(-5));
        });

        var upcomingList = (await GetJsonAsync("/api/v2/scheduled-maintenances/upcoming.json")).GetProperty("scheduled_maintenances");
        var activeList = (await GetJsonAsync("/api/v2/scheduled-maintenances/active.json")).GetProperty("scheduled_maintenances");
        var all = (await GetJsonAsync("/api/v2/scheduled-maintenances.json")).GetProperty("scheduled_maintenances");
        var summary = (await GetJsonAsync("/api/v2/summary.json")).GetProperty("scheduled_maintenances");

        Assert.Equal([modified.Id.ToString(), upcoming.Id.ToString()], upcomingList.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal([active.Id.ToString()], activeList.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal([active.Id.ToString(), modified.Id.ToString(), upcoming.Id.ToString()], summary.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(5, all.GetArrayLength());
        Assert.Equal("scheduled", ById(all, upcoming.Id.ToString()).GetProperty("status").GetString());
        Assert.Equal("scheduled", ById(all, modified.Id.ToString()).GetProperty("status").GetString());
        Assert.Equal("in_progress", ById(all, active.Id.ToString()).GetProperty("status").GetString());
        Assert.Equal("completed", ById(all, done.Id.ToString()).GetProperty("status").GetString());
        Assert.Equal("completed", ById(all, cancelled.Id.ToString()).GetProperty("status").GetString());
        Assert.Equal(["in_progress", "scheduled"], ById(all, active.Id.ToString()).GetProperty("incident_updates").EnumerateArray().Select(u => u.GetProperty("status").GetString()));
        Assert.Equal(Now.AddHours(-1), ById(activeList, active.Id.ToString()).GetProperty("scheduled_for").GetDateTimeOffset());
        Assert.Equal(Now.AddHours(1), ById(activeList, active.Id.ToString()).GetProperty("scheduled_until").GetDateTimeOffset());
        Assert.Empty((await GetJsonAsync("/api/v2/incidents.json")).GetProperty("incidents").EnumerateArray());
    }

    [Fact]
    public async Task ScheduledMaintenance_ReadsInProgressOnceItsWindowBegins()
    {
        Incident maintenance = null!;
        await SeedAsync((catalog, _) =>
        {
            maintenance = catalog.Incident("Soon", Impact.Maintenance, Now.AddMinutes(30), Now.AddHours(2), catalog.Component("Compute", "ECS", "EU-DE"));
            Update(maintenance, IncidentStatus.Scheduled, Now.AddDays(-1));
        });
        Assert.Equal("scheduled", (await GetJsonAsync("/api/v2/scheduled-maintenances/upcoming.json")).GetProperty("scheduled_maintenances")[0].GetProperty("status").GetString());

        Factory.Clock.Advance(TimeSpan.FromHours(1));

        var active = Assert.Single((await GetJsonAsync("/api/v2/scheduled-maintenances/active.json")).GetProperty("scheduled_maintenances").EnumerateArray());
        Assert.Equal("in_progress", active.GetProperty("status").GetString());
        Assert.Equal(0, (await GetJsonAsync("/api/v2/scheduled-maintenances/upcoming.json")).GetProperty("scheduled_maintenances").GetArrayLength());
        Assert.Equal("under_maintenance", (await GetJsonAsync("/api/v2/components.json")).GetProperty("components")[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task RetiredComponent_LeavesComponentsButStaysNamedOnItsIncidents()
    {
        await SeedAsync((catalog, _) =>
        {
            var retired = catalog.Component("Compute", "ECS", "EU-DE");
            retired.RetiredAt = Now.AddDays(-1);
            catalog.Component("Compute", "ECS", "EU-NL");
            catalog.Incident("Old", Impact.Minor, Now.AddDays(-3), Now.AddDays(-2), retired);
        });

        var components = (await GetJsonAsync("/api/v2/components.json")).GetProperty("components");
        var incident = (await GetJsonAsync("/api/v2/incidents.json")).GetProperty("incidents")[0];

        Assert.Equal(["Compute", "ECS (EU-NL)"], components.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var named = Assert.Single(incident.GetProperty("components").EnumerateArray());
        Assert.Equal("ECS (EU-DE)", named.GetProperty("name").GetString());
    }
}
