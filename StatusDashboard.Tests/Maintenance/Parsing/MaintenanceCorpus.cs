using System.Text.Json;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Maintenance.Parsing;

/// <summary>
/// The shared corpus of maintenance notifications (<c>shared/corpus/maintenance</c>, read where it lies, never copied):
/// <c>SDB_CORPUS_PATH</c> when set, else the first <c>shared/corpus/maintenance</c> above the repository.
/// </summary>
public static class MaintenanceCorpus
{
    public const string PathVariable = "SDB_CORPUS_PATH";

    private static readonly Lazy<IReadOnlyList<CorpusCase>> Loaded = new(() => LoadCases(Locate()));

    public static IReadOnlyList<CorpusCase> Cases => Loaded.Value;

    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{PathVariable} is '{configured}', which is not a directory.");
        }

        for (var directory = new DirectoryInfo(TestArtifacts.RepositoryRoot()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "maintenance");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The maintenance corpus was not found: set {PathVariable} to its folder, or keep it at shared/corpus/maintenance above the repository ({TestArtifacts.RepositoryRoot()}).");
    }

    public static HashSet<string> KnownCircuits() =>
        new(File.ReadLines(Path.Combine(Locate(), "known-circuits.txt")).Select(l => l.Trim()).Where(l => l.Length > 0), StringComparer.OrdinalIgnoreCase);

    private static List<CorpusCase> LoadCases(string root)
    {
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.EnumerateFiles(root, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var expected = json.RootElement;
            var folder = Path.GetDirectoryName(file)!;
            cases.Add(new CorpusCase(
                Path.GetFileName(folder),
                Path.GetFileName(file)[..^".expected.json".Length],
                Path.Combine(folder, expected.GetProperty("input").GetString()!),
                expected.GetProperty("expect_error").GetBoolean(),
                expected.GetProperty("maintenances").EnumerateArray().Select(ReadNotice).ToList()));
        }

        return cases.Count > 0 ? cases : throw new InvalidOperationException($"The maintenance corpus at {root} has no *.expected.json files.");
    }

    private static MaintenanceNotice ReadNotice(JsonElement m)
    {
        MaintenanceStatusNames.TryParseStatus(m.GetProperty("status").GetString(), out var status);
        return new MaintenanceNotice
        {
            Provider = m.GetProperty("provider").GetString()!,
            Account = m.GetProperty("account").GetString()!,
            MaintenanceId = m.GetProperty("maintenance_id").GetString()!,
            Status = status,
            Start = DateTimeOffset.FromUnixTimeSeconds(m.GetProperty("start").GetInt64()),
            End = DateTimeOffset.FromUnixTimeSeconds(m.GetProperty("end").GetInt64()),
            Stamp = DateTimeOffset.FromUnixTimeSeconds(m.GetProperty("stamp").GetInt64()),
            Sequence = m.GetProperty("sequence").GetInt32(),
            Summary = m.GetProperty("summary").GetString()!,
            Organizer = m.GetProperty("organizer").GetString()!,
            Uid = m.GetProperty("uid").GetString()!,
            Circuits = m.GetProperty("circuits").EnumerateArray()
                .Select(c => new AffectedCircuit(c.GetProperty("circuit_id").GetString()!, Impact(c.GetProperty("impact").GetString())))
                .ToList(),
        };
    }

    private static CircuitImpactLevel Impact(string? name) => MaintenanceStatusNames.TryParseImpact(name, out var impact) ? impact : throw new InvalidDataException($"unknown impact '{name}'");
}
