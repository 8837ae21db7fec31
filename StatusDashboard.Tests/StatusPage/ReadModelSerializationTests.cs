using System.Text.Json;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Tests.StatusPage;

/// <summary>A shared cache (Redis) stores the read models as JSON, so each must survive a round trip unchanged.</summary>
public sealed class ReadModelSerializationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);
    private static readonly UpdateEntry Update = new(IncidentStatus.Fixing, Start.AddMinutes(5), "Line\nnext", "Ops");
    private static readonly IncidentSummary Summary = new(3, "DNS slow", Impact.Minor, Start, null, [1, 2], ["EU-West"], ["DNS"], Update);

    private static void AssertRoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value);
        var copy = JsonSerializer.Deserialize<T>(json);
        Assert.Equal(json, JsonSerializer.Serialize(copy));
    }

    [Fact]
    public void StatusBoard_RoundTrips() =>
        AssertRoundTrips(new StatusBoard(["EU-West"], [new BoardCategory("Network", [new BoardComponent(1, "DNS", "EU-West")])], [Summary]));

    [Fact]
    public void IncidentDetail_RoundTrips() =>
        AssertRoundTrips(new IncidentDetail(3, "DNS slow", Impact.Minor, Start, Start.AddHours(1), [new AffectedRegion("EU-West", ["DNS"])], [Update]));

    [Fact]
    public void HistoryPage_RoundTrips() => AssertRoundTrips(new HistoryPage(2026, 11, 2, 50, 120, [Summary]));

    [Fact]
    public void ComponentOutages_RoundTrip() =>
        AssertRoundTrips<IReadOnlyList<ComponentOutages>>([new ComponentOutages("Network", "DNS", "EU-West", [new OutageWindow(Start, null), new OutageWindow(Start, Start.AddHours(1))])]);
}
