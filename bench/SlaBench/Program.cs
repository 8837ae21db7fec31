using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Sla;

// bench/sla.sh's process, run as the server runs the evaluator: first a full evaluation of the range, timed cold (the
// first evaluation of a process that has only set up its host and checked for migrations, so what ahead-of-time
// compilation does not cover is compiled then); then a new unscheduled outage evaluated incrementally the way the
// server's outage monitor does after its sync (SlaOutageWatch: the element's outages read before and after, the
// periods that changed evaluated), once for another element, as a running server has done before, and then, timed,
// for the benchmark's element. Each time is the evaluation's own (wall clock), with the process's CPU time beside it.
//
//   SlaBench INSTANCE_PATH FROM TO ELEMENT WARMUP_ELEMENT OUTAGE_START MINUTES
if (args.Length != 7)
{
    Console.Error.WriteLine("usage: SlaBench INSTANCE_PATH FROM TO ELEMENT WARMUP_ELEMENT OUTAGE_START MINUTES");
    return 2;
}

var from = Date(args[1]);
var to = Date(args[2]);
var outageStart = Date(args[5]);
var outage = TimeSpan.FromMinutes(int.Parse(args[6], CultureInfo.InvariantCulture));
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Instance:Path"] = args[0] });
builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
builder.AddStatusDashboardCore();
using var host = builder.Build();
var services = host.Services;
await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

var full = await TimedAsync(() => services.GetRequiredService<SlaEvaluator>().EvaluateAsync(from, to));
Console.WriteLine(Line("full", full.Ms, full.Cpu, full.Result!));
var warmup = await IncrementalAsync(args[4]);
Console.WriteLine(Line($"warm-up (incremental, {args[4]})", warmup.Ms, warmup.Cpu, warmup.Result));
var incremental = await IncrementalAsync(args[3]);
Console.WriteLine(Line($"incremental ({args[3]})", incremental.Ms, incremental.Cpu, incremental.Result));
return 0;

// The new outage is stored as the outage sync stores it; what is timed is the SLA part of the monitor's round.
async Task<(double Ms, double Cpu, SlaEvaluation? Result)> IncrementalAsync(string vendorId)
{
    var watch = services.GetRequiredService<SlaOutageWatch>();
    await using var db = await services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
    var element = await db.NetworkElements.Where(e => e.VendorId == vendorId).Select(e => e.Id).SingleAsync();
    var before = await TimedAsync(() => watch.BeforeSyncAsync([element]));
    var detected = new DetectedOutage
    {
        ElementId = element, Start = outageStart, End = outageStart + outage, Transitions = 2, Port = "xe-0/0/1", DownEvidence = "bench", Source = "bench",
        UpdatedAt = outageStart + outage,
    };
    db.DetectedOutages.Add(detected);
    await db.SaveChangesAsync();
    db.UnscheduledOutages.Add(new UnscheduledOutage { DetectedOutageId = detected.Id, ElementId = element, Start = detected.Start, End = detected.End });
    await db.SaveChangesAsync();
    var after = await TimedAsync(() => watch.AfterSyncAsync(before.Result!));
    return (before.Ms + after.Ms, before.Cpu + after.Cpu, after.Result);
}

static async Task<(double Ms, double Cpu, T Result)> TimedAsync<T>(Func<Task<T>> run)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var result = await run();
    return (stopwatch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds, result);
}

static string Line(string what, double ms, double cpu, SlaEvaluation? result) => string.Create(CultureInfo.InvariantCulture,
    $"{what}: {ms:0.0} ms (cpu {cpu:0} ms): {(result is null ? "nothing changed" : $"{result.Elements} elements, {result.Periods} periods, {result.Changed} changed, {result.Breached} breached")}");

static DateTimeOffset Date(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
