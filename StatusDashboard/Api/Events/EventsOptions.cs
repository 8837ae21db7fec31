using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>
/// How events and Alertmanager alerts are mapped onto components and impacts (section <c>Api:Events</c>), checked
/// at start by <see cref="EventsOptionsValidator"/>.
/// </summary>
public sealed class EventsOptions
{
    public const string SectionName = "Api:Events";

    /// <summary>The impact of a firing event that names none, and of an alert whose severity is missing or unmapped.</summary>
    public Impact DefaultImpact { get; set; } = Impact.Minor;

    /// <summary>The most events one request may carry.</summary>
    public int MaxEventsPerRequest { get; set; } = 500;

    /// <summary>An alert label holding the component's id; it wins over the name labels.</summary>
    public string ComponentIdLabel { get; set; } = "status_dashboard_component";

    /// <summary>Alert labels holding the component's service name, comma-separated, the first present wins.</summary>
    public string ServiceLabels { get; set; } = "component,service";

    /// <summary>The alert label holding the region, matched against the component's <c>region</c> attribute; empty for none.</summary>
    public string RegionLabel { get; set; } = "region";

    public string SeverityLabel { get; set; } = "severity";

    /// <summary>Severity label values (any case) and the impact each raises; configuration adds to or overrides these.</summary>
    public Dictionary<string, Impact> Severities { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["critical"] = Impact.Outage,
        ["major"] = Impact.Major,
        ["error"] = Impact.Major,
        ["warning"] = Impact.Minor,
    };

    public IReadOnlyList<string> ServiceLabelNames =>
        ServiceLabels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
