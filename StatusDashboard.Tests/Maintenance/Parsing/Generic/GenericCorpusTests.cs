using System.Text;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Generic;
using Xunit.Abstractions;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

/// <summary>
/// The generic extractor alone on every corpus case, as for a provider it has never seen: how many it gets exactly
/// right (maintenance id, status, start, end, set of circuits with impact; an expect-error case is right when it is
/// rejected), per provider. The floor is what the extractor honestly reaches; it must not fall.
/// </summary>
public sealed class GenericCorpusTests(ITestOutputHelper output)
{
    private const int Floor = 61;

    [Fact]
    public void GenericExtractor_GetsAtLeastTheFloor_OfCorpusCasesExactlyRight()
    {
        var root = CorpusCase.Root();
        var context = new ParseContext(CorpusCase.KnownCircuits(root));
        var extractor = new GenericMaintenanceExtractor();
        var report = new StringBuilder();
        var right = 0;
        var cases = CorpusCase.All(root);
        Assert.NotEmpty(cases);

        foreach (var provider in cases.GroupBy(item => item.Provider))
        {
            var providerRight = 0;
            foreach (var item in provider)
            {
                var result = extractor.TryParse(item.Document, context);
                var ok = Judge(item, result, out var detail);
                providerRight += ok ? 1 : 0;
                report.AppendLine($"  {(ok ? "ok  " : "MISS")} {item.Name}: {detail}");
            }

            right += providerRight;
            output.WriteLine($"{provider.Key}: {providerRight}/{provider.Count()}");
        }

        output.WriteLine($"generic extractor alone: {right}/{cases.Count} corpus cases exactly right");
        output.WriteLine($"speed: {Rate(cases, context, extractor):F0} notifications/s (decoded documents, one thread)");
        output.WriteLine(report.ToString());
        Assert.True(right >= Floor, $"the generic extractor got {right} of {cases.Count} corpus cases right, under the floor of {Floor}");
    }

    private static double Rate(IReadOnlyList<CorpusCase> cases, ParseContext context, GenericMaintenanceExtractor extractor)
    {
        const int rounds = 5;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var item in cases)
            {
                extractor.TryParse(item.Document, context);
            }
        }

        return rounds * cases.Count / clock.Elapsed.TotalSeconds;
    }

    private static bool Judge(CorpusCase item, MaintenanceParseResult? result, out string detail)
    {
        if (item.ExpectError)
        {
            detail = result?.Error is { } error ? $"rejected: {error}" : result is null ? "not recognised" : $"accepted {string.Join("; ", result.Maintenances.Select(ExpectedMaintenance.Of))}";
            return result is null || result.Error is not null;
        }

        if (result is null || result.Error is not null)
        {
            detail = result?.Error ?? "not recognised";
            return false;
        }

        var got = result.Maintenances.Select(ExpectedMaintenance.Of).OrderBy(m => m.Start).ThenBy(m => m.MaintenanceId).ToList();
        var expected = item.Expected.OrderBy(m => m.Start).ThenBy(m => m.MaintenanceId).ToList();
        var ok = got.Count == expected.Count && got.Zip(expected).All(pair => pair.First.Matches(pair.Second));
        detail = ok
            ? $"{got.Count} maintenance(s), confidence {result.Confidence}"
            : $"\n      got      {string.Join("\n               ", got)}\n      expected {string.Join("\n               ", expected)}";
        return ok;
    }
}
