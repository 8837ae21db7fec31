using Microsoft.EntityFrameworkCore;
using StatusDashboard.Commands;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Tests.Catalog;
using static StatusDashboard.Tests.Infrastructure.MaintenanceMessages;
using static StatusDashboard.Tests.Maintenance.Ingestion.IngestionTestData;

namespace StatusDashboard.Tests.Maintenance.Ingestion;

/// <summary><c>ingest email FILE...</c> and <c>ingest logs FILE...</c> on the real pipelines and database.</summary>
public sealed class IngestCommandTests : IAsyncLifetime
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private CatalogTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await host.ProvisionAsync(InventoryCatalog);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task IngestEmail_PrintsOneLinePerFile_AndStoresEach()
    {
        var zayo = CorpusFile("zayo", "zayo_1.eml");
        var unknown = Write("unknown.eml", Mail(Calendar("MNT-9", circuit: "EX-999"), messageId: "<mnt-9@example.org>"));

        Assert.Equal(0, await RunAsync("ingest", "email", zayo, unknown, zayo));

        Assert.Equal(
            [
                $"{zayo}: notification 1 Parsed; zayo TTN-00000000 created (incident 1)",
                $"{unknown}: notification 2 Review: example.org MNT-9: none of its circuits is in the inventory with a status-page component; "
                + "example.org MNT-9: circuits not in the inventory: EX-999; example.org MNT-9 created (not published)",
                $"{zayo}: notification 3 Duplicate of 1",
            ],
            Lines(output));
        Assert.Equal("", error.ToString());
        await using var db = host.OpenDatabase();
        var stored = await db.InboundNotifications.OrderBy(n => n.Id).ToListAsync();
        Assert.All(stored, n => Assert.Equal(NotificationSource.Command, n.Source));
        Assert.Equal([zayo, unknown, zayo], stored.Select(n => n.Origin));
    }

    [Fact]
    public async Task IngestEmail_ExitsNonZero_WhenAnyFileFails_AndGoesOnWithTheRest()
    {
        var bad = Write("bad.eml", Mail(Calendar(start: "20260401T060000Z", end: "20260401T020000Z")));
        var missing = Path.Combine(host.InstancePath, "missing.eml");
        var good = Write("good.ics", Calendar("MNT-2"));

        Assert.Equal(1, await RunAsync("ingest", "email", bad, missing, good));

        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{bad}: notification 1 Failed: calendar, VEVENT at line", lines[0]);
        Assert.StartsWith($"{missing}: cannot read the file: ", lines[1]);
        Assert.Equal($"{good}: notification 2 Parsed; example.org MNT-2 created (incident 1)", lines[2]);
    }

    [Theory]
    [InlineData("'ingest' needs what to ingest: 'ingest email FILE...' or 'ingest logs FILE...'", "ingest")]
    [InlineData("unknown 'ingest sms': 'ingest email FILE...' or 'ingest logs FILE...'", "ingest", "sms", "a.eml")]
    [InlineData("'ingest logs' needs at least one syslog file (plain or .gz)", "ingest", "logs")]
    [InlineData("'ingest email' needs at least one notification file (.eml or .ics)", "ingest", "email")]
    [InlineData("unknown option '--dry-run' for 'ingest email'", "ingest", "email", "--dry-run", "a.eml")]
    public async Task UsageErrors_SayWhatIsWrong(string message, params string[] arguments)
    {
        Assert.Equal(CommandRunner.UsageExitCode, await RunAsync(arguments));

        Assert.StartsWith(message + "\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("ingest email FILE...", error.ToString());
    }

    [Fact]
    public async Task IngestLogs_ReadsEachFileFromItsCheckpoint_AndRaisesTheIncidentOfAnOutageGoingOn()
    {
        await host.ProvisionAsync(InventoryCatalog + "\nports:\n  - { host: edge1, interface: Gi0/1, element: EX-100 }\n");
        var log = Write("syslog.log", """
            2026-03-15T08:00:00Z edge1 %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down
            2026-03-15T08:00:01Z edge1 sshd[7]: session opened
            2026-03-15T08:30:00Z edge1 %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up

            """);

        Assert.Equal(0, await RunAsync("ingest", "logs", log));
        await File.AppendAllTextAsync(log, "2026-03-15T09:00:00Z edge1 %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down\n");
        Assert.Equal(0, await RunAsync("ingest", "logs", log));

        Assert.Equal(
            [
                $"{log}: 3 lines from line 1, 2 link events (0 already seen, 0 from unknown ports), 1 outages opened, 1 closed",
                $"{log}: 1 lines from line 4, 1 link events (0 already seen, 0 from unknown ports), 1 outages opened, 0 closed",
            ],
            Lines(output));
        await using var db = host.OpenDatabase();
        Assert.Equal(2, await db.UnscheduledOutages.CountAsync());
        var incident = await db.Incidents.SingleAsync(i => i.Source == StatusDashboard.Core.Incidents.IncidentSource.OutageDetection);
        Assert.Equal((new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero), (DateTimeOffset?)null), (incident.Start, incident.End));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(host.InstancePath, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<int> RunAsync(params string[] arguments) =>
        CommandRunner.RunAsync(host.Services, CommandInvocation.Parse(arguments), output, error);

    private static string[] Lines(StringWriter writer) => writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
