using System.Globalization;
using System.Text;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Parsing;

/// <summary>
/// How a parser set does on the corpus. A case is exactly right when its maintenances match the expected ones on
/// maintenance id, status, start, end and the set of (circuit, impact) — or, for an expect-error case, when it is
/// rejected with an error. "All fields" also compares provider, account, stamp, sequence, summary, organizer and uid.
/// </summary>
public sealed class AccuracyReport
{
    private readonly List<(CorpusCase Case, MaintenanceParseResult Result, string? CoreDifference, string? FieldDifference)> rows = [];

    public IReadOnlyList<CorpusCase> Wrong => rows.Where(r => r.CoreDifference is not null).Select(r => r.Case).ToList();

    public IReadOnlyList<CorpusCase> UnrejectedErrors => rows.Where(r => r.Case.ExpectError && r.Result.Error is null).Select(r => r.Case).ToList();

    public int Total => rows.Count;

    public int ExactlyRight => rows.Count(r => r.CoreDifference is null);

    public double Accuracy => Total == 0 ? 0 : (double)ExactlyRight / Total;

    public static AccuracyReport Run(IEnumerable<CorpusCase> cases, Func<byte[], MaintenanceParseResult> parse)
    {
        var report = new AccuracyReport();
        foreach (var corpusCase in cases)
        {
            var result = parse(File.ReadAllBytes(corpusCase.InputPath));
            report.rows.Add((corpusCase, result, CoreDifference(corpusCase, result), FieldDifference(corpusCase, result)));
        }

        return report;
    }

    public string ToMarkdown(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{ExactlyRight} of {Total} cases exactly right ({Accuracy:P1}); expect-error cases rejected: {rows.Count(r => r.Case.ExpectError && r.Result.Error is not null)} of {rows.Count(r => r.Case.ExpectError)}.");
        text.AppendLine();
        text.AppendLine("| provider | cases | exactly right | all fields right | answered by |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- |");
        foreach (var group in rows.GroupBy(r => r.Case.Provider).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parsers = string.Join(", ", group.GroupBy(r => r.Result.Parser).Select(p => $"{p.Key} ×{p.Count()}"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Key} | {group.Count()} | {group.Count(r => r.CoreDifference is null)} | {group.Count(r => r.CoreDifference is null && r.FieldDifference is null)} | {parsers} |");
        }

        var wrong = rows.Where(r => r.CoreDifference is not null || r.FieldDifference is not null).ToList();
        if (wrong.Count > 0)
        {
            text.AppendLine();
            foreach (var (corpusCase, result, core, fields) in wrong)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {corpusCase.Name} ({result.Parser}, confidence {result.Confidence:0.00}): {core ?? "core fields right; " + fields}");
            }
        }

        return text.ToString();
    }

    private static string? CoreDifference(CorpusCase corpusCase, MaintenanceParseResult result)
    {
        if (corpusCase.ExpectError)
        {
            return result.Error is null ? "expected an error, got maintenances" : null;
        }

        if (result.Error is not null)
        {
            return $"error: {result.Error}";
        }

        var expected = corpusCase.Expected.Select(CoreKey).Order(StringComparer.Ordinal).ToList();
        var actual = result.Maintenances.Select(CoreKey).Order(StringComparer.Ordinal).ToList();
        return expected.SequenceEqual(actual)
            ? null
            : $"expected [{string.Join("; ", expected)}], got [{string.Join("; ", actual)}]";
    }

    private static string? FieldDifference(CorpusCase corpusCase, MaintenanceParseResult result)
    {
        if (corpusCase.ExpectError || result.Error is not null)
        {
            return null;
        }

        var expected = corpusCase.Expected.OrderBy(CoreKey, StringComparer.Ordinal).ToList();
        var actual = result.Maintenances.OrderBy(CoreKey, StringComparer.Ordinal).ToList();
        var differences = expected.Zip(actual).SelectMany(pair => OtherFields.Where(f => f.Value(pair.First) != f.Value(pair.Second))
            .Select(f => $"{f.Name} expected '{Shorten(f.Value(pair.First))}', got '{Shorten(f.Value(pair.Second))}'"))
            .Distinct()
            .ToList();
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    private static readonly (string Name, Func<MaintenanceNotice, string> Value)[] OtherFields =
    [
        ("provider", n => n.Provider),
        ("account", n => n.Account),
        ("stamp", n => n.Stamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ("sequence", n => n.Sequence.ToString(CultureInfo.InvariantCulture)),
        ("summary", n => n.Summary),
        ("organizer", n => n.Organizer),
        ("uid", n => n.Uid),
    ];

    private static string Shorten(string text) => text.Length <= 60 ? text.ReplaceLineEndings(" ") : text[..60].ReplaceLineEndings(" ") + "…";

    private static string CoreKey(MaintenanceNotice notice) =>
        string.Create(CultureInfo.InvariantCulture, $"{notice.MaintenanceId} {notice.Status.Name()} {notice.Start.ToUnixTimeSeconds()}-{notice.End.ToUnixTimeSeconds()} {{{Circuits(notice)}}}");

    private static string Circuits(MaintenanceNotice notice) =>
        string.Join(", ", notice.Circuits.Select(c => $"{c.CircuitId}={c.Impact.Name()}").Distinct().Order(StringComparer.Ordinal));
}
