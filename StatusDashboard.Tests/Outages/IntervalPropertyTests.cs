using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Tests.Outages;

/// <summary>Properties of scheduled/unscheduled arithmetic, checked on generated outages and windows (fixed seeds, so a failure reproduces).</summary>
public sealed class IntervalPropertyTests
{
    private static readonly DateTimeOffset Origin = new(2024, 4, 9, 0, 0, 0, TimeSpan.Zero);
    private const int Cases = 2000;

    private static DateTimeOffset At(double minutes) => Origin.AddMinutes(minutes);

    private static TimeInterval Minutes(double from, double to) => new(At(from), At(to));

    private static TimeInterval RandomInterval(Random random)
    {
        var start = random.Next(0, 24 * 60);
        return Minutes(start, start + random.Next(0, 300));
    }

    private static List<TimeInterval> RandomIntervals(Random random) =>
        [.. Enumerable.Range(0, random.Next(0, 8)).Select(_ => RandomInterval(random))];

    private static bool Covered(DateTimeOffset instant, IEnumerable<TimeInterval> intervals) => intervals.Any(i => i.Start <= instant && instant < i.End);

    [Fact]
    public void Subtract_KeepsOnlyTheUncoveredParts_OfAnOutage()
    {
        var random = new Random(20240409);
        for (var n = 0; n < Cases; n++)
        {
            var outage = RandomInterval(random);
            var windows = RandomIntervals(random);

            var unscheduled = IntervalSet.Subtract(outage, windows);

            foreach (var part in unscheduled)
            {
                Assert.True(outage.Start <= part.Start && part.End <= outage.End, $"case {n}: {part} is not inside the outage {outage}");
                Assert.False(part.IsEmpty, $"case {n}: empty part");
            }

            for (var minute = outage.Start; minute < outage.End; minute = minute.AddMinutes(1))
            {
                Assert.True(Covered(minute, unscheduled) != Covered(minute, windows), $"case {n}: minute {minute:u} of {outage} is both or neither scheduled and unscheduled");
            }
        }
    }

    [Fact]
    public void Merge_IsIdempotent_SortedAndDisjoint_AndCoversTheSameTime()
    {
        var random = new Random(7);
        for (var n = 0; n < Cases; n++)
        {
            var intervals = RandomIntervals(random);

            var merged = IntervalSet.Merge(intervals);

            Assert.Equal(merged, IntervalSet.Merge(merged));
            Assert.Equal(merged, IntervalSet.Merge(intervals.AsEnumerable().Reverse()));
            for (var i = 1; i < merged.Count; i++)
            {
                Assert.True(merged[i - 1].End < merged[i].Start, $"case {n}: {merged[i - 1]} and {merged[i]} touch or overlap");
            }

            for (var minute = At(0); minute < At(30 * 60); minute = minute.AddMinutes(7))
            {
                Assert.Equal(Covered(minute, intervals), Covered(minute, merged));
            }
        }
    }

    [Fact]
    public void Subtract_IsExact_OnPartialOverlaps()
    {
        Assert.Equal([Minutes(350, 360)], IntervalSet.Subtract(Minutes(350, 390), [Minutes(360, 600)]));
        Assert.Equal([Minutes(600, 620)], IntervalSet.Subtract(Minutes(580, 620), [Minutes(360, 600)]));
        Assert.Equal([Minutes(0, 10), Minutes(20, 30), Minutes(40, 50)], IntervalSet.Subtract(Minutes(0, 50), [Minutes(10, 20), Minutes(30, 40)]));
        Assert.Empty(IntervalSet.Subtract(Minutes(370, 400), [Minutes(360, 380), Minutes(380, 600)]));
    }

    [Fact]
    public void Subtract_LeavesAnOverrunUnscheduled_FromTheWindowsEnd()
    {
        var stillDown = new TimeInterval(At(6 * 60 + 5), DateTimeOffset.MaxValue);

        var unscheduled = IntervalSet.Subtract(stillDown, [Minutes(6 * 60, 10 * 60)]);

        Assert.Equal([new TimeInterval(At(10 * 60), DateTimeOffset.MaxValue)], unscheduled);
    }

    [Fact]
    public void Coverage_ReachesCircuits_ThroughTheDeviceTheyRideOn()
    {
        const int device = 1, circuit = 2, otherCircuit = 3;
        var devices = new[] { (Circuit: circuit, Device: device) }.ToLookup(p => p.Circuit, p => p.Device);
        var onDevice = new MaintenanceWindow(10, Minutes(360, 600), MaintenanceStatus.Confirmed, new Dictionary<int, CircuitImpactLevel> { [device] = CircuitImpactLevel.Outage });
        var coverage = new MaintenanceCoverage([onDevice], devices, noImpactCovers: false);

        Assert.Equal([Minutes(600, 620)], coverage.Unscheduled(circuit, Minutes(365, 620)));
        Assert.Equal([Minutes(365, 620)], coverage.Unscheduled(otherCircuit, Minutes(365, 620)));
        Assert.Empty(coverage.Unscheduled(device, Minutes(365, 400)));
    }

    [Fact]
    public void Coverage_IgnoresCancelledMaintenances_AndNoImpactOnesUnlessConfigured()
    {
        var elements = new Dictionary<int, CircuitImpactLevel> { [5] = CircuitImpactLevel.NoImpact };
        var noImpact = new MaintenanceWindow(1, Minutes(0, 60), MaintenanceStatus.Confirmed, elements);
        var cancelled = new MaintenanceWindow(2, Minutes(0, 60), MaintenanceStatus.Cancelled, new Dictionary<int, CircuitImpactLevel> { [5] = CircuitImpactLevel.Outage });
        var none = Enumerable.Empty<(int, int)>().ToLookup(p => p.Item1, p => p.Item2);

        Assert.Equal([Minutes(10, 20)], new MaintenanceCoverage([noImpact, cancelled], none, noImpactCovers: false).Unscheduled(5, Minutes(10, 20)));
        Assert.Empty(new MaintenanceCoverage([noImpact, cancelled], none, noImpactCovers: true).Unscheduled(5, Minutes(10, 20)));
    }

    [Fact]
    public void Coverage_CoversACircuit_WithGeneratedDeviceAndCircuitMaintenances()
    {
        var random = new Random(42);
        for (var n = 0; n < 500; n++)
        {
            var windows = Enumerable.Range(0, random.Next(0, 6)).Select(i => new MaintenanceWindow(i, RandomInterval(random),
                random.Next(5) == 0 ? MaintenanceStatus.Cancelled : MaintenanceStatus.Confirmed,
                new Dictionary<int, CircuitImpactLevel> { [random.Next(1, 4)] = CircuitImpactLevel.Outage })).ToList();
            var devices = new[] { (Circuit: 2, Device: 1) }.ToLookup(p => p.Circuit, p => p.Device);
            var outage = RandomInterval(random);

            var unscheduled = new MaintenanceCoverage(windows, devices, noImpactCovers: false).Unscheduled(2, outage);

            var covering = windows.Where(w => w.Status != MaintenanceStatus.Cancelled && w.Elements.Keys.Any(e => e is 1 or 2)).Select(w => w.Window).ToList();
            for (var minute = outage.Start; minute < outage.End; minute = minute.AddMinutes(1))
            {
                Assert.Equal(!Covered(minute, covering), Covered(minute, unscheduled));
            }
        }
    }
}
