using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Tests.StatusPage;

public sealed class StatusBoardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 12, 0, 0, TimeSpan.Zero);

    private static IncidentSummary Incident(int id, Impact impact, DateTimeOffset start, DateTimeOffset? end, params int[] components) =>
        new(id, $"Incident {id}", impact, start, end, components, [], [], null);

    private static readonly StatusBoard Board = new([], [],
    [
        Incident(1, Impact.Minor, Now.AddHours(-3), null, 10, 11),
        Incident(2, Impact.Outage, Now.AddHours(-1), null, 11),
        Incident(3, Impact.Major, Now.AddHours(-5), Now.AddMinutes(-1), 10),
        Incident(4, Impact.Maintenance, Now.AddHours(-1), Now.AddHours(1), 12, 10),
        Incident(5, Impact.Maintenance, Now.AddDays(2), Now.AddDays(2).AddHours(2), 13),
        Incident(6, Impact.Maintenance, Now.AddDays(1), Now.AddDays(1).AddHours(2), 13),
    ]);

    [Fact]
    public void OpenIncidents_AreTheActiveNonMaintenanceOnes_WorstFirst() =>
        Assert.Equal([2, 1], Board.OpenIncidents(Now).Select(i => i.Id));

    [Fact]
    public void ActiveAndUpcomingMaintenances_AreSeparated_UpcomingSoonestFirst()
    {
        Assert.Equal([4], Board.ActiveMaintenances(Now).Select(i => i.Id));
        Assert.Equal([6, 5], Board.UpcomingMaintenances(Now).Select(i => i.Id));
    }

    [Fact]
    public void ImpactByComponent_TakesTheHighestActiveImpact()
    {
        var impacts = Board.ImpactByComponent(Now);

        Assert.Equal(Impact.Minor, impacts[10]);
        Assert.Equal(Impact.Outage, impacts[11]);
        Assert.Equal(Impact.Maintenance, impacts[12]);
        Assert.False(impacts.ContainsKey(13));
    }

    [Fact]
    public void Board_FollowsTheClock_WithoutBeingReread()
    {
        var later = Now.AddDays(1).AddHours(1);

        Assert.Empty(Board.ActiveMaintenances(Now.AddHours(2)));
        Assert.Equal([6], Board.ActiveMaintenances(later).Select(i => i.Id));
        Assert.Equal([5], Board.UpcomingMaintenances(later).Select(i => i.Id));
        Assert.Equal(Impact.Maintenance, Board.ImpactByComponent(later)[13]);
    }
}
