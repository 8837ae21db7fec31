using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Checkpoints;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Files;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Outages;

/// <summary>Log files read into outage detection, with checkpoints: resumed, re-read, rotated, compressed, interrupted.</summary>
public sealed class LogFileIngestionTests : IAsyncLifetime
{
    private const int Ports = 20;
    private const int Flaps = 30;

    private CatalogTestHost host = null!;

    private LogFileIngestion Ingestion => host.Services.GetRequiredService<LogFileIngestion>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync(new Dictionary<string, string?> { ["Outages:FileBatchLines"] = "500" });
        var yaml = new StringBuilder("""
            components:
              - name: DNS
                attributes: { region: EU-West, category: Network }
            providers:
              - name: fiberprovider
            circuits:

            """);
        for (var i = 0; i < Ports; i++)
        {
            yaml.Append($"  - {{ id: IC-{i}, provider: fiberprovider }}\n");
        }

        yaml.Append("ports:\n");
        for (var i = 0; i < Ports; i++)
        {
            yaml.Append($"  - {{ host: edge1, interface: Gi0/{i}, element: IC-{i} }}\n");
        }

        await host.ProvisionAsync(yaml.ToString());
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>Every port goes down and up <see cref="Flaps"/> times an hour apart, between lines of noise.</summary>
    private static List<string> Lines()
    {
        var start = new DateTime(2019, 4, 9, 0, 0, 0, DateTimeKind.Utc);
        var lines = new List<string>();
        for (var flap = 0; flap < Flaps; flap++)
        {
            for (var port = 0; port < Ports; port++)
            {
                var down = start.AddHours(flap).AddMinutes(port);
                lines.Add($"{down:yyyy-MM-ddTHH:mm:ssZ} edge1 %LINK-3-UPDOWN: Interface GigabitEthernet0/{port}, changed state to down");
                lines.Add($"{down:yyyy-MM-ddTHH:mm:ssZ} edge1 sshd[42]: session opened for user noc");
                lines.Add($"{down.AddMinutes(20):yyyy-MM-ddTHH:mm:ssZ} edge1 %LINK-3-UPDOWN: Interface GigabitEthernet0/{port}, changed state to up");
            }
        }

        return lines;
    }

    private string Write(string name, IEnumerable<string> lines, string ending = "\n")
    {
        var path = Path.Combine(host.InstancePath, name);
        File.WriteAllText(path, string.Concat(lines.Select(l => l + ending)));
        return path;
    }

    private async Task<(int Outages, int Open)> OutagesAsync()
    {
        await using var db = host.OpenDatabase();
        return (await db.DetectedOutages.CountAsync(), await db.DetectedOutages.CountAsync(o => o.End == null));
    }

    [Fact]
    public async Task AFile_BecomesItsOutages_AndReadingItAgainReadsNothing()
    {
        var path = Write("syslog.log", Lines());

        var first = await Ingestion.IngestAsync(path);
        var second = await Ingestion.IngestAsync(path);

        Assert.Null(first.Error);
        Assert.Equal((3L * Ports * Flaps, 2L * Ports * Flaps, Ports * Flaps, Ports * Flaps), (first.Lines, first.LinkEvents, first.Opened, first.Closed));
        Assert.Equal((0L, 3L * Ports * Flaps + 1), (second.Lines, second.FirstLine));
        Assert.Equal((Ports * Flaps, 0), await OutagesAsync());
    }

    [Fact]
    public async Task ACrashBeforeTheCheckpoint_ReadsLinesAgain_WithoutDuplicates()
    {
        var path = Write("syslog.log", Lines());
        await Ingestion.IngestAsync(path);
        var checkpoints = host.Services.GetRequiredService<CheckpointStore>();
        var name = $"logfile:{Path.GetFullPath(path)}";
        var position = await checkpoints.GetAsync(name);
        await checkpoints.SetAsync(name, position!.Split(';')[0] + ";offset=0;line=0");

        var again = await Ingestion.IngestAsync(path);

        Assert.Equal((2L * Ports * Flaps, 0, 0), (again.LinkEvents, again.Opened, again.Closed));
        Assert.Equal((Ports * Flaps, 0), await OutagesAsync());
    }

    [Fact]
    public async Task StoppedInTheMiddleOfALine_ResumesAtThatLine_AndMissesNothing()
    {
        var text = string.Concat(Lines().Select(l => l + "\r\n"));
        var path = Path.Combine(host.InstancePath, "live.log");
        var cut = text.Length / 2 + 7;
        await File.WriteAllTextAsync(path, text[..cut]);

        var partial = await Ingestion.IngestAsync(path);
        await File.WriteAllTextAsync(path, text);
        var rest = await Ingestion.IngestAsync(path);

        Assert.Equal(3L * Ports * Flaps, partial.Lines + rest.Lines);
        Assert.Equal(partial.Lines + 1, rest.FirstLine);
        Assert.Equal(Ports * Flaps, partial.Opened + rest.Opened);
        Assert.Equal((Ports * Flaps, 0), await OutagesAsync());
    }

    [Fact]
    public async Task ARotatedFile_IsReadFromItsStart()
    {
        var lines = Lines();
        var path = Write("syslog.log", lines.Take(lines.Count / 2));
        await Ingestion.IngestAsync(path);

        Write("syslog.log", lines.Skip(lines.Count / 2));
        var rotated = await Ingestion.IngestAsync(path);

        Assert.Equal(1, rotated.FirstLine);
        Assert.Equal((Ports * Flaps, 0), await OutagesAsync());
    }

    [Fact]
    public async Task AGzipFile_IsRead_AndACorruptOneStopsWithAClearError()
    {
        var path = Path.Combine(host.InstancePath, "syslog.log.gz");
        await using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(Lines().Select(l => l + "\n"))));
        }

        var read = await Ingestion.IngestAsync(path);
        var corrupt = Path.Combine(host.InstancePath, "corrupt.log.gz");
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.AsSpan(bytes.Length / 2, 64).Fill(0x55);
        await File.WriteAllBytesAsync(corrupt, bytes);
        var broken = await Ingestion.IngestAsync(corrupt);

        Assert.Equal((3L * Ports * Flaps, (string?)null), (read.Lines, read.Error));
        Assert.Contains("corrupt.log.gz: reading stopped after line", broken.Error);
        Assert.Equal((Ports * Flaps, 0), await OutagesAsync());
    }

    [Fact]
    public async Task AMissingFile_IsAClearError()
    {
        var result = await Ingestion.IngestAsync(Path.Combine(host.InstancePath, "nope.log"));

        Assert.EndsWith("nope.log: no such file", result.Error);
    }
}
