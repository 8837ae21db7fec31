using System.Net;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace StatusDashboard.Tests.Feeds;

public sealed class MaintenanceCalendarTests(FeedHostFixture fixture) : IClassFixture<FeedHostFixture>
{
    private FeedCatalog Catalog => fixture.Catalog;

    [Fact]
    public async Task Calendar_HoldsOneEventPerMaintenanceNotEndedOrRecent_AndNoIncidents()
    {
        var calendar = Calendar.Load(await GetStringAsync("/maintenance.ics"))!;

        Assert.Equal(
            [Uid(Catalog.FinishedSwap), Uid(Catalog.RunningPatch), Uid(Catalog.UpcomingUpgrade), Uid(Catalog.CancelledMove)],
            calendar.Events.Select(e => e.Uid));
    }

    [Fact]
    public async Task CalendarEvent_HasItsWindowInUtc_ItsSequenceAndItsTexts()
    {
        var calendar = Calendar.Load(await GetStringAsync("/maintenance.ics"))!;

        var upgrade = Event(calendar, Catalog.UpcomingUpgrade);
        Assert.True(upgrade.DtStart!.IsUtc);
        Assert.Equal(FeedCatalog.Now.AddDays(2).UtcDateTime, upgrade.DtStart.AsUtc);
        Assert.Equal(FeedCatalog.Now.AddDays(2).AddHours(3).UtcDateTime, upgrade.DtEnd!.AsUtc);
        Assert.Equal(FeedCatalog.Now.AddHours(-6).UtcDateTime, upgrade.DtStamp!.AsUtc);
        Assert.Equal(2, upgrade.Sequence);
        Assert.Equal("CONFIRMED", upgrade.Status);
        Assert.Equal("Storage upgrade, phase 1; all nodes", upgrade.Summary);
        Assert.Contains("Rolling upgrade.\nExpect short interruptions.", upgrade.Description);
        Assert.Contains("Moved by one hour.", upgrade.Description);
    }

    [Fact]
    public async Task CalendarEvent_CarriesTheMaintenanceNotificationProperties()
    {
        var calendar = Calendar.Load(await GetStringAsync("/maintenance.ics"))!;

        var upgrade = Event(calendar, Catalog.UpcomingUpgrade);
        Assert.Equal("Service status", Property(upgrade, "X-MAINTNOTE-PROVIDER"));
        Assert.Equal("public", Property(upgrade, "X-MAINTNOTE-ACCOUNT"));
        Assert.Equal(Catalog.UpcomingUpgrade.Id.ToString(), Property(upgrade, "X-MAINTNOTE-MAINTENANCE-ID"));
        Assert.Equal("OUTAGE", Property(upgrade, "X-MAINTNOTE-IMPACT"));
        Assert.Equal("CONFIRMED", Property(upgrade, "X-MAINTNOTE-STATUS"));
        var objects = upgrade.Properties.AllOf("X-MAINTNOTE-OBJECT-ID").ToList();
        Assert.Equal(["Object Storage (EU-East)", "Object Storage (EU-West)"], objects.Select(o => o.Value?.ToString()));
        Assert.All(objects, o => Assert.Equal("OUTAGE", o.Parameters.Get("X-MAINTNOTE-OBJECT-IMPACT")));
    }

    [Fact]
    public async Task CalendarEvent_SaysInProcessWhileRunning_CompletedWhenDone_AndCancelledAfterACancellation()
    {
        var calendar = Calendar.Load(await GetStringAsync("/maintenance.ics"))!;

        Assert.Equal("COMPLETED", Property(Event(calendar, Catalog.FinishedSwap), "X-MAINTNOTE-STATUS"));

        var running = Event(calendar, Catalog.RunningPatch);
        Assert.Equal("IN-PROCESS", Property(running, "X-MAINTNOTE-STATUS"));
        Assert.Equal("CONFIRMED", running.Status);
        var cancelled = Event(calendar, Catalog.CancelledMove);
        Assert.Equal("CANCELLED", Property(cancelled, "X-MAINTNOTE-STATUS"));
        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Fact]
    public async Task Calendar_ForAService_HoldsOnlyItsMaintenances()
    {
        var calendar = Calendar.Load(await GetStringAsync("/maintenance.ics?service=Object%20Storage"))!;

        Assert.Equal([Uid(Catalog.UpcomingUpgrade)], calendar.Events.Select(e => e.Uid));
        Assert.Equal("Service status – Object Storage", Property(calendar.Events.Single(), "X-MAINTNOTE-PROVIDER"));
    }

    [Fact]
    public async Task Calendar_IsServedAsTextCalendar_WithCrlfLinesFoldedAt75Octets()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/maintenance.ics");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.Contains(@"SUMMARY:Storage upgrade\, phase 1\; all nodes", Unfold(text));
    }

    private async Task<string> GetStringAsync(string path)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Unfold(string ics) => ics.Replace("\r\n ", "");

    private static string Uid(Core.Incidents.Incident maintenance) => $"maintenance-{maintenance.Id}@localhost";

    private static CalendarEvent Event(Calendar calendar, Core.Incidents.Incident maintenance) =>
        calendar.Events.Single(e => e.Uid == Uid(maintenance));

    private static string? Property(CalendarEvent calendarEvent, string name) =>
        calendarEvent.Properties.Get<string>(name);
}
