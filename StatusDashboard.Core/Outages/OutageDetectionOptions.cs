using System.ComponentModel.DataAnnotations;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Core.Outages;

/// <summary>How link changes in the logs become outages (section <c>Outages</c>).</summary>
public sealed class OutageDetectionOptions : IValidatableObject
{
    public const string SectionName = "Outages";

    /// <summary>A link that changes this many times (downs and ups) within <see cref="FlapWindow"/> is flapping: one outage spans the flap.</summary>
    [Range(2, 1000)]
    public int FlapTransitions { get; set; } = 3;

    public TimeSpan FlapWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>An outage shorter than this is kept but does not count (no incident, no SLA downtime).</summary>
    public TimeSpan MinimumDuration { get; set; } = TimeSpan.Zero;

    /// <summary>Whether an interface an operator shut down (administratively down) is left out of outage detection.</summary>
    public bool IgnoreAdministrativeDown { get; set; } = true;

    /// <summary>Whether a maintenance announced with NO-IMPACT on an element still covers that element's outages.</summary>
    public bool NoImpactMaintenanceCovers { get; set; }

    /// <summary>The impact of the incident an unscheduled outage opens.</summary>
    public Impact IncidentImpact { get; set; } = Impact.Major;

    /// <summary>The IANA time zone of hosts whose RFC 3164 time stamps carry none, unless <see cref="HostTimeZones"/> names theirs.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>
    /// How many lines of a log file are read between checkpoints (each batch is one transaction). A port's changes
    /// within one batch cost one state row, and an outage that opens and closes within it one insert, so larger batches
    /// write far less: 250,000 lines read 1,000,000 lines with 10 % link events on 5,000 ports about twice as fast as 50,000.
    /// </summary>
    [Range(1, 10_000_000)]
    public int FileBatchLines { get; set; } = 250_000;

    /// <summary>Host name (as it logs itself) → IANA time zone.</summary>
    public Dictionary<string, string> HostTimeZones { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FlapWindow < TimeSpan.Zero || MinimumDuration < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}: FlapWindow and MinimumDuration cannot be negative", [nameof(FlapWindow), nameof(MinimumDuration)]);
        }

        if (IncidentImpact == Impact.Maintenance)
        {
            yield return new ValidationResult($"{SectionName}:IncidentImpact must be an incident impact (Minor, Major, Outage), not Maintenance", [nameof(IncidentImpact)]);
        }

        foreach (var (host, zone) in HostTimeZones.Prepend(new("(default)", DefaultTimeZone)))
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                yield return new ValidationResult($"{SectionName}: the time zone '{zone}' of host {host} is not a time zone this machine knows", [nameof(HostTimeZones)]);
            }
        }
    }

    /// <summary>The time zone a host's zone-less time stamps are in.</summary>
    public TimeZoneInfo TimeZoneOf(string? host) =>
        TimeZoneInfo.FindSystemTimeZoneById(host is not null && HostTimeZones.TryGetValue(host, out var zone) ? zone : DefaultTimeZone);
}
