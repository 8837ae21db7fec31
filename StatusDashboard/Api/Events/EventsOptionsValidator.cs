using Microsoft.Extensions.Options;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>Refuses, at start, settings that would make every alert unmappable or raise a maintenance.</summary>
public sealed class EventsOptionsValidator : IValidateOptions<EventsOptions>
{
    public ValidateOptionsResult Validate(string? name, EventsOptions options)
    {
        var failures = new List<string>();
        if (!IsIncident(options.DefaultImpact))
        {
            failures.Add($"{EventsOptions.SectionName}:DefaultImpact: {options.DefaultImpact} is not an incident impact; use Minor, Major or Outage.");
        }

        if (options.MaxEventsPerRequest < 1)
        {
            failures.Add($"{EventsOptions.SectionName}:MaxEventsPerRequest: must be at least 1.");
        }

        if (string.IsNullOrWhiteSpace(options.ComponentIdLabel) && options.ServiceLabelNames.Count == 0)
        {
            failures.Add($"{EventsOptions.SectionName}: set ComponentIdLabel or ServiceLabels, or no alert can name its component.");
        }

        if (string.IsNullOrWhiteSpace(options.SeverityLabel))
        {
            failures.Add($"{EventsOptions.SectionName}:SeverityLabel: required.");
        }

        failures.AddRange(options.Severities.Where(s => !IsIncident(s.Value)).Select(s =>
            $"{EventsOptions.SectionName}:Severities:{s.Key}: {s.Value} is not an incident impact; use Minor, Major or Outage."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsIncident(Impact impact) => impact is Impact.Minor or Impact.Major or Impact.Outage;
}
