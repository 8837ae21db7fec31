using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Commands;

namespace StatusDashboard.Tests.Commands;

/// <summary><c>demo</c>: the SLA demo on a fresh instance folder, printed; it never runs on a folder that has anything in it.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string parent = Directory.CreateTempSubdirectory("sdb-demo-command-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose() => Directory.Delete(parent, recursive: true);

    private async Task<int> RunAsync(params string[] args)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        return await CommandRunner.RunAsync(services, CommandInvocation.Parse(args), output, error);
    }

    [Fact]
    public async Task Demo_OnANewFolder_PrintsTheOutagesAndTheSlaIncident_AndSucceeds()
    {
        var instance = Path.Combine(parent, "instance");

        var exit = await RunAsync("demo", "--instance", instance);

        Assert.True(exit == 0, $"exit {exit}: {error}{output}");
        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Contains($"instance: {instance}", lines);
        Assert.Contains("announced maintenance: 2019-04-09 06:00 to 10:00 UTC (fiberprovider FP-2019-0409, Confirmed)", lines);
        Assert.Contains("detected outage:       2019-04-09 06:05 to 06:45 UTC (inside an announced maintenance)", lines);
        Assert.Contains("detected outage:       2019-04-09 11:05 to 11:25 UTC (unscheduled)", lines);
        Assert.Single(lines, l => l.StartsWith("unscheduled outage:", StringComparison.Ordinal));
        Assert.Contains("unscheduled outage:    2019-04-09 11:05 to 11:25 UTC", lines);
        Assert.Contains(lines, l => l.StartsWith("SLA incident #", StringComparison.Ordinal)
            && l.EndsWith("SLA breach: fiberprovider IC-99999, 2019-04-01 to 2019-05-01 (2019-04-09 11:05 to 11:25 UTC)", StringComparison.Ordinal));
        Assert.Contains("result: as expected: one unscheduled outage 2019-04-09 11:05 to 11:25 UTC and its SLA incident", lines);
        Assert.True(File.Exists(Path.Combine(instance, "statusdashboard.db")));
        Assert.True(File.Exists(Path.Combine(instance, "catalog.yaml")));
    }

    [Fact]
    public async Task Demo_RefusesAFolderThatIsNotEmpty()
    {
        File.WriteAllText(Path.Combine(parent, "statusdashboard.db"), "real data");

        var exit = await RunAsync("demo", "--instance", parent);

        Assert.Equal(DemoCommand.FailedExitCode, exit);
        Assert.StartsWith($"demo: {parent} is not empty; the demo needs a new or empty instance folder", error.ToString());
        Assert.Equal("real data", File.ReadAllText(Path.Combine(parent, "statusdashboard.db")));
        Assert.Single(Directory.EnumerateFileSystemEntries(parent));
    }

    [Fact]
    public async Task Demo_RejectsUnknownArguments_WithTheUsage()
    {
        var exit = await RunAsync("demo", "--instanse", parent);

        Assert.Equal(CommandRunner.UsageExitCode, exit);
        Assert.StartsWith("'demo' takes only --instance PATH, not '--instanse'", error.ToString());
        Assert.Contains("demo [--instance PATH]", error.ToString());
    }

    [Fact]
    public void Help_NamesTheDemoCommand() => Assert.Contains("demo [--instance PATH]", CommandRunner.Usage);
}
