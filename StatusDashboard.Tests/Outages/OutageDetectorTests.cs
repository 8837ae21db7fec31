using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Outages;

/// <summary>Link events applied to a real database with an inventory of ports: outages opened, closed, collapsed and kept.</summary>
public sealed class OutageDetectorTests : IAsyncLifetime
{
    private const string Catalog = """
        components:
          - name: DNS
            attributes: { region: EU-West, category: Network }
        providers:
          - name: fiberprovider
        circuits:
          - id: IC-99999
            provider: fiberprovider
            components:
              - { service: DNS, region: EU-West }
          - id: IC-12345
            provider: fiberprovider
        devices:
          - host: edge1.fra
            circuits: [IC-99999]
        ports:
          - host: edge1.fra
            interface: Gi0/1
            element: IC-99999
          - host: edge2.fra
            interface: xe-0/0/1
            element: IC-99999
          - host: edge1.fra
            interface: Gi0/2
            element: IC-12345
        """;

    private static readonly DateTimeOffset Day = new(2019, 4, 9, 0, 0, 0, TimeSpan.Zero);

    private CatalogTestHost host = null!;
    private int line;

    private OutageDetector Detector => host.Services.GetRequiredService<OutageDetector>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(Catalog);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private LinkObservation Event(string time, LinkState state, string @interface = "GigabitEthernet0/1", string device = "edge1.fra", bool administrative = false)
    {
        var at = Day + TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        var text = $"{at:MMM dd HH:mm:ss} {device} %LINK-3-UPDOWN: Interface {@interface}, changed state to {(administrative ? "administratively down" : state.ToString().ToLowerInvariant())}";
        return new LinkObservation(new LinkEvent(device, @interface, state, administrative, at, "cisco-ios"), text, $"test.log:{++line}");
    }

    private async Task<List<DetectedOutage>> OutagesAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.DetectedOutages.Include(o => o.Element).OrderBy(o => o.Start).ToListAsync();
    }

    private static (TimeSpan Start, TimeSpan? End) Span(DetectedOutage outage) => (outage.Start - Day, outage.End - Day);

    [Fact]
    public async Task DownThenUp_IsOneClosedOutage_WithItsEvidence()
    {
        var result = await Detector.ApplyAsync([Event("06:05", LinkState.Down), Event("06:45", LinkState.Up)]);

        Assert.Equal((2, 1, 1), (result.Applied, result.Opened, result.Closed));
        var outage = Assert.Single(await OutagesAsync());
        Assert.Equal(("IC-99999", TimeSpan.FromMinutes(6 * 60 + 5), (TimeSpan?)TimeSpan.FromMinutes(6 * 60 + 45)), (outage.Element!.VendorId, Span(outage).Start, Span(outage).End));
        Assert.Contains("changed state to down", outage.DownEvidence);
        Assert.Contains("changed state to up", outage.UpEvidence);
        Assert.Equal("test.log:1", outage.Source);
    }

    [Fact]
    public async Task RepeatedDown_AndTheSameLinesAgain_ChangeNothing()
    {
        var lines = new[] { Event("06:05", LinkState.Down), Event("06:06", LinkState.Down), Event("06:45", LinkState.Up) };
        await Detector.ApplyAsync(lines);

        var again = await Detector.ApplyAsync(lines);

        Assert.Equal((0, 3, 0, 0), (again.Applied, again.Stale, again.Opened, again.Closed));
        Assert.Equal(TimeSpan.FromMinutes(6 * 60 + 5), Span(Assert.Single(await OutagesAsync())).Start);
    }

    [Fact]
    public async Task AnOutage_StaysOpenAcrossBatches_UntilTheLinkComesBack()
    {
        await Detector.ApplyAsync([Event("11:05", LinkState.Down)]);
        Assert.Null(Assert.Single(await OutagesAsync()).End);

        await Detector.ApplyAsync([Event("11:25", LinkState.Up)]);

        Assert.Equal(TimeSpan.FromMinutes(11 * 60 + 25), Span(Assert.Single(await OutagesAsync())).End);
    }

    [Fact]
    public async Task ACircuitWithTwoPorts_IsDownUntilBothAreUp()
    {
        await Detector.ApplyAsync([
            Event("06:00", LinkState.Down),
            Event("06:01", LinkState.Down, "xe-0/0/1", "edge2.fra"),
            Event("06:10", LinkState.Up),
            Event("06:20", LinkState.Up, "xe-0/0/1", "edge2.fra"),
        ]);

        var outage = Assert.Single(await OutagesAsync());
        Assert.Equal((TimeSpan.FromHours(6), (TimeSpan?)TimeSpan.FromMinutes(6 * 60 + 20)), Span(outage));
    }

    [Fact]
    public async Task Flapping_CollapsesIntoOneOutage_SpanningTheFlap()
    {
        await Detector.ApplyAsync([
            Event("06:00", LinkState.Down), Event("06:01", LinkState.Up),
            Event("06:03", LinkState.Down), Event("06:04", LinkState.Up),
            Event("06:06", LinkState.Down), Event("06:07", LinkState.Up),
            Event("09:00", LinkState.Down), Event("09:30", LinkState.Up),
        ]);

        var outages = await OutagesAsync();
        Assert.Equal([(TimeSpan.FromHours(6), (TimeSpan?)TimeSpan.FromMinutes(6 * 60 + 7)), (TimeSpan.FromHours(9), TimeSpan.FromMinutes(9 * 60 + 30))], outages.Select(Span));
        Assert.Equal(6, outages[0].Transitions);
    }

    [Fact]
    public async Task AdministrativeDown_IsIgnored()
    {
        var result = await Detector.ApplyAsync([Event("06:00", LinkState.Down, administrative: true), Event("07:00", LinkState.Up)]);

        Assert.Equal((2, 0, 0), (result.Applied, result.Opened, result.Closed));
        Assert.Empty(await OutagesAsync());
    }

    [Fact]
    public async Task UnknownPorts_AreCounted_WithWhenTheyWereLastSeen()
    {
        var result = await Detector.ApplyAsync([
            Event("06:00", LinkState.Down, "Gi0/9"), Event("06:05", LinkState.Up, "Gi0/9"), Event("06:00", LinkState.Down, "Te1/1", "core9"),
        ]);

        Assert.Equal((3, 0), (result.UnknownPorts, result.Opened));
        await using var db = host.OpenDatabase();
        var ports = await db.UnknownPorts.OrderBy(p => p.Host).ToListAsync();
        Assert.Equal([("core9", "Te1/1", 1L), ("edge1.fra", "Gi0/9", 2L)], ports.Select(p => (p.Host, p.Interface, p.Count)));
        Assert.Equal(Day.AddMinutes(6 * 60 + 5), ports[1].LastSeen);
        Assert.Contains("changed state to up", ports[1].LastLine);
    }

    [Fact]
    public async Task LogNamesAndInventoryNames_MatchWhateverTheAbbreviation()
    {
        Assert.Equal(InterfaceNames.Key("GigabitEthernet0/1"), InterfaceNames.Key("Gi0/1"));
        Assert.Equal(InterfaceNames.Key("TenGigabitEthernet 1/0/3"), InterfaceNames.Key("Te1/0/3"));
        Assert.Equal("xe-0/0/1", InterfaceNames.Key("xe-0/0/1"));
        Assert.NotEqual(InterfaceNames.Key("Gi0/1"), InterfaceNames.Key("Gi0/10"));

        var result = await Detector.ApplyAsync([Event("06:00", LinkState.Down, "GigabitEthernet0/2")]);

        Assert.Equal("IC-12345", Assert.Single(await OutagesAsync()).Element!.VendorId);
        Assert.Equal(0, result.UnknownPorts);
    }
}

/// <summary>Outage detection with a minimum duration configured.</summary>
public sealed class OutageDetectorMinimumDurationTests
{
    [Fact]
    public async Task AnOutageShorterThanTheMinimum_IsKept_ButDiscounted()
    {
        await using var host = await CatalogTestHost.StartAsync(new Dictionary<string, string?> { ["Outages:MinimumDuration"] = "00:02:00" });
        await host.ProvisionAsync("""
            components:
              - name: DNS
                attributes: { region: EU-West, category: Network }
            providers:
              - name: fiberprovider
            circuits:
              - { id: IC-1, provider: fiberprovider }
            ports:
              - { host: r1, interface: Gi0/1, element: IC-1 }
            """);
        var at = new DateTimeOffset(2019, 4, 9, 6, 0, 0, TimeSpan.Zero);
        LinkObservation Seen(LinkState state, int seconds) =>
            new(new LinkEvent("r1", "Gi0/1", state, false, at.AddSeconds(seconds), "cisco-ios"), $"line {seconds}", "test");

        await host.Services.GetRequiredService<OutageDetector>().ApplyAsync([Seen(LinkState.Down, 0), Seen(LinkState.Up, 30), Seen(LinkState.Down, 3600), Seen(LinkState.Up, 3900)]);

        await using var db = host.OpenDatabase();
        var outages = await db.DetectedOutages.OrderBy(o => o.Start).ToListAsync();
        Assert.Equal(2, outages.Count);
        Assert.Contains("shorter than the minimum", outages[0].DiscountedBecause);
        Assert.Null(outages[1].DiscountedBecause);
    }
}
