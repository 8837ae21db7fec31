using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Checkpoints;
using StatusDashboard.Core.Outages.Syslog;

namespace StatusDashboard.Core.Outages.Files;

/// <summary>
/// Reads syslog files (plain or gzip) into outage detection, in batches, reading the next batch while the detector
/// writes the one before. After each batch the file's checkpoint (<c>logfile:</c> and its full path) records the byte
/// offset and line reached, with a hash of the file's first line (which appending leaves alone) so a rotated or
/// replaced file is read from the beginning rather than from a stranger's offset. A restart resumes there; lines
/// read twice around a crash are harmless, as the detector ignores events no newer than a port's last.
/// Zone-less time stamps get the year that puts them before the file was last written. A plain file's unfinished last
/// line (no LF yet) waits for the next read.
/// </summary>
public sealed class LogFileIngestion(OutageDetector detector, CheckpointStore checkpoints, IOptions<OutageDetectionOptions> options, ILogger<LogFileIngestion> logger)
{
    public const int MaxLineBytes = 16 * 1024;
    private const int IdentityBytes = 4096;

    public async Task<LogFileResult> IngestAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(Path.GetFullPath(path));
        if (!file.Exists)
        {
            return Failed(path, $"{path}: no such file");
        }

        var name = $"logfile:{file.FullName}";
        var identity = await IdentityAsync(file, cancellationToken);
        var (offset, line) = Resume(await checkpoints.GetAsync(name, cancellationToken), identity);
        var gzip = file.Extension.Equals(".gz", StringComparison.OrdinalIgnoreCase);
        if (!gzip && offset > file.Length)
        {
            (offset, line) = (0, 0);
        }

        var firstLine = line + 1;
        var origin = new LogLineOrigin(file.LastWriteTimeUtc, null, options.Value.TimeZoneOf);
        var totals = new Totals();
        var batch = new List<LinkObservation>();

        // While the detector writes one batch, the next is read: reading and recognising take one core, SQLite the other.
        // One batch at most is in flight, and each is applied and checkpointed after the one before it.
        var flushing = Task.CompletedTask;
        try
        {
            await using var raw = file.OpenRead();
            Stream stream = gzip ? new GZipStream(raw, CompressionMode.Decompress) : raw;
            await using (stream)
            {
                if (gzip)
                {
                    await SkipAsync(stream, offset, cancellationToken);
                }
                else
                {
                    raw.Seek(offset, SeekOrigin.Begin);
                }

                var reader = new LineReader(stream, offset, MaxLineBytes, complete: gzip);
                var sinceCheckpoint = 0;
                totals.Reading.Start();
                while (true)
                {
                    var text = await reader.ReadLineAsync(LinkMessageRecognizer.MayBeLinkChange, cancellationToken);
                    if (text is null)
                    {
                        break;
                    }

                    line++;
                    totals.Lines++;

                    // Only the lines the byte scan kept are timed: two clock readings a line cost more than most lines.
                    if (text.Length > 0)
                    {
                        totals.Recognising.Start();
                        var linkEvent = LinkEventReader.Read(text, origin);
                        totals.Recognising.Stop();
                        if (linkEvent is not null)
                        {
                            batch.Add(new LinkObservation(linkEvent, text, $"{file.Name}:{line}"));
                        }
                    }

                    if (++sinceCheckpoint == options.Value.FileBatchLines)
                    {
                        totals.Waiting.Start();
                        await flushing;
                        totals.Waiting.Stop();
                        var (full, at, reached) = (batch, reader.Offset, line);
                        flushing = Task.Run(() => FlushAsync(full, totals, name, identity, at, reached, cancellationToken), cancellationToken);
                        batch = [];
                        sinceCheckpoint = 0;
                    }
                }

                totals.Waiting.Start();
                await flushing;
                totals.Waiting.Stop();
                totals.Reading.Stop();
                await FlushAsync(batch, totals, name, identity, reader.Offset, line, cancellationToken);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Reading {Path} stopped after line {Line}", file.FullName, line);
            await flushing;
            if (batch.Count > 0)
            {
                totals.Add(await detector.ApplyAsync(batch, cancellationToken), batch.Count);
            }

            return totals.Result(path, firstLine, $"{path}: reading stopped after line {line}: {e.Message}");
        }

        logger.LogInformation("Read {Lines} lines of {Path} from line {FirstLine}: {Events} link events, {Opened} outages opened, {Closed} closed",
            totals.Lines, file.FullName, firstLine, totals.Events, totals.Opened, totals.Closed);
        logger.LogInformation(
            "Log file timing for {Path}: reading lines and scanning their bytes for link codes {Reading} ms, recognising {Recognising} ms, " +
            "detector and checkpoints {Detector} ms (alongside the reading), waiting for the detector {Waiting} ms",
            file.FullName, (totals.Reading.Elapsed - totals.Recognising.Elapsed - totals.Waiting.Elapsed).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
            totals.Recognising.ElapsedMilliseconds, totals.Detector.ElapsedMilliseconds, totals.Waiting.ElapsedMilliseconds);
        return totals.Result(path, firstLine, null);
    }

    private async Task FlushAsync(List<LinkObservation> batch, Totals totals, string name, string identity, long offset, long line, CancellationToken cancellationToken)
    {
        totals.Detector.Start();
        if (batch.Count > 0)
        {
            totals.Add(await detector.ApplyAsync(batch, cancellationToken), batch.Count);
            batch.Clear();
        }

        await checkpoints.SetAsync(name, string.Create(CultureInfo.InvariantCulture, $"sha256={identity};offset={offset};line={line}"), cancellationToken);
        totals.Detector.Stop();
    }

    private static (long Offset, long Line) Resume(string? checkpoint, string identity)
    {
        if (checkpoint is null)
        {
            return (0, 0);
        }

        var fields = checkpoint.Split(';').Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1]);
        return fields.GetValueOrDefault("sha256") == identity
            && long.TryParse(fields.GetValueOrDefault("offset"), CultureInfo.InvariantCulture, out var offset)
            && long.TryParse(fields.GetValueOrDefault("line"), CultureInfo.InvariantCulture, out var line)
                ? (offset, line)
                : (0, 0);
    }

    private static async Task<string> IdentityAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        var start = new byte[IdentityBytes];
        var read = await stream.ReadAtLeastAsync(start, IdentityBytes, throwOnEndOfStream: false, cancellationToken);
        var firstLine = start.AsSpan(0, read);
        var newline = firstLine.IndexOf((byte)'\n');
        return Convert.ToHexStringLower(SHA256.HashData(newline < 0 ? firstLine : firstLine[..(newline + 1)]));
    }

    private static async Task SkipAsync(Stream stream, long count, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (count > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken);
            if (read == 0)
            {
                return;
            }

            count -= read;
        }
    }

    private static LogFileResult Failed(string path, string error) => new(path, 0, 0, 0, 0, 0, 0, 0, 0, error);

    private sealed class Totals
    {
        public Stopwatch Reading { get; } = new();
        public Stopwatch Recognising { get; } = new();
        public Stopwatch Detector { get; } = new();
        public Stopwatch Waiting { get; } = new();
        public long Lines { get; set; }
        public long Events { get; private set; }
        public int Applied { get; private set; }
        public int Stale { get; private set; }
        public int Unknown { get; private set; }
        public int Opened { get; private set; }
        public int Closed { get; private set; }

        public void Add(LinkBatchResult result, int events)
        {
            Events += events;
            Applied += result.Applied;
            Stale += result.Stale;
            Unknown += result.UnknownPorts;
            Opened += result.Opened;
            Closed += result.Closed;
        }

        public LogFileResult Result(string path, long firstLine, string? error) =>
            new(path, firstLine, Lines, Events, Applied, Stale, Unknown, Opened, Closed, error);
    }
}
