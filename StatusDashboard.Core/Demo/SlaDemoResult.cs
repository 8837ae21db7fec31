using System.Globalization;

namespace StatusDashboard.Core.Demo;

/// <summary>
/// What the SLA demo scenario left in the database: the announced maintenances, the outages detected on the circuit's
/// port, the unscheduled ones among them, the circuit's measurement for April 2019 and its SLA incidents.
/// <see cref="Problems"/> says where that differs from the scenario's promise (exactly one unscheduled outage,
/// 11:05–11:25, and one SLA incident naming provider, circuit, begin and end); empty means it worked.
/// </summary>
public sealed record SlaDemoResult(
    IReadOnlyList<SlaDemoInterval> Maintenances,
    IReadOnlyList<SlaDemoInterval> Detected,
    IReadOnlyList<SlaDemoInterval> Unscheduled,
    string? Measurement,
    IReadOnlyList<SlaDemoIncident> Incidents)
{
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            var expected = SlaDemoScenario.ExpectedOutage;
            if (Unscheduled.Count != 1 || Unscheduled[0].Start != expected.Start || Unscheduled[0].End != expected.End)
            {
                problems.Add($"expected exactly one unscheduled outage {Span(expected)}, found {Unscheduled.Count}"
                    + (Unscheduled.Count == 0 ? "" : ": " + string.Join(", ", Unscheduled.Select(Span))));
            }

            if (Measurement is null)
            {
                problems.Add($"{SlaDemoScenario.Circuit} has no SLA measurement for April 2019");
            }

            if (Incidents.Count != 1)
            {
                problems.Add($"expected exactly one SLA incident, found {Incidents.Count}");
            }
            else if (Incidents[0] is var incident && (!incident.Title.Contains(SlaDemoScenario.Provider, StringComparison.Ordinal)
                || !incident.Title.Contains(SlaDemoScenario.Circuit, StringComparison.Ordinal) || incident.Start != expected.Start || incident.End != expected.End))
            {
                problems.Add($"the SLA incident '{incident.Title}' ({Span(new SlaDemoInterval(incident.Start, incident.End))}) should name "
                    + $"{SlaDemoScenario.Provider} and {SlaDemoScenario.Circuit} and cover {Span(expected)}");
            }

            return problems;
        }
    }

    public bool Succeeded => Problems.Count == 0;

    /// <summary>The result as lines for a person: each maintenance, outage, the measurement and the incident.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var maintenance in Maintenances)
        {
            yield return $"announced maintenance: {Span(maintenance)}{Note(maintenance)}";
        }

        foreach (var outage in Detected)
        {
            yield return $"detected outage:       {Span(outage)}{Note(outage)}";
        }

        foreach (var outage in Unscheduled)
        {
            yield return $"unscheduled outage:    {Span(outage)}";
        }

        yield return $"SLA measurement:       {Measurement ?? "none"}";
        foreach (var incident in Incidents)
        {
            yield return $"SLA incident #{incident.Id}:      {incident.Title} ({Span(new SlaDemoInterval(incident.Start, incident.End))})";
        }
    }

    public static string Span(SlaDemoInterval interval) => string.Create(CultureInfo.InvariantCulture,
        $"{interval.Start:yyyy-MM-dd HH:mm} to {(interval.End is { } end ? end.ToString(end.Date == interval.Start.Date ? "HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "now")} UTC");

    private static string Note(SlaDemoInterval interval) => interval.Note is null ? "" : $" ({interval.Note})";
}
