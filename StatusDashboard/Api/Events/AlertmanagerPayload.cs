using System.Text.Json;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>
/// Alertmanager's webhook body (version 4): <c>{"version", "status", "receiver", "groupKey", "alerts": [{"status",
/// "labels", "annotations", "startsAt", "endsAt", "fingerprint", …}], …}</c>. Each alert becomes an event: the
/// component from its labels (<see cref="EventsOptions"/>), the impact from its severity label, the title from the
/// <c>summary</c> annotation (else the <c>alertname</c> label), the message from <c>description</c> (else
/// <c>summary</c>), the fingerprint as dedup key and <see cref="Source"/> as source. Fields are checked only as far as
/// the mapping needs them, so newer Alertmanager versions with more fields still work.
/// </summary>
public static class AlertmanagerPayload
{
    public const string Source = "alertmanager";

    public static (List<MonitoringEvent> Events, List<UnmappedAlert> Unmapped, List<FieldError> Errors) Parse(JsonElement body, EventsOptions options)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return ([], [], [new("body", "expected Alertmanager's webhook payload, a JSON object.")]);
        }

        if (body.TryGetProperty("version", out var version) && !(version.ValueKind == JsonValueKind.String && version.GetString() == "4"))
        {
            return ([], [], [new("version", $"payload version {version.GetRawText()} is not supported; Alertmanager sends \"4\".")]);
        }

        if (!body.TryGetProperty("alerts", out var alerts) || alerts.ValueKind != JsonValueKind.Array)
        {
            return ([], [], [new("alerts", "required: the array of alerts.")]);
        }

        var events = new List<MonitoringEvent>();
        var unmapped = new List<UnmappedAlert>();
        var errors = new List<FieldError>();
        var index = 0;
        foreach (var alert in alerts.EnumerateArray())
        {
            var result = ParseAlert(alert, index, options);
            if (result.Error is { } error)
            {
                errors.Add(error);
            }
            else if (result.Event is { } parsed)
            {
                events.Add(parsed);
            }
            else
            {
                unmapped.Add(result.Unmapped!);
            }

            index++;
        }

        return (events, unmapped, errors);
    }

    private static (MonitoringEvent? Event, UnmappedAlert? Unmapped, FieldError? Error) ParseAlert(JsonElement alert, int index, EventsOptions options)
    {
        var path = $"alerts[{index}]";
        if (alert.ValueKind != JsonValueKind.Object)
        {
            return (null, null, new(path, "expected an alert object."));
        }

        var status = alert.TryGetProperty("status", out var statusValue) && statusValue.ValueKind == JsonValueKind.String ? statusValue.GetString() : null;
        if (status is not ("firing" or "resolved"))
        {
            return (null, null, new($"{path}.status", "required: \"firing\" or \"resolved\"."));
        }

        if (!alert.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String
            || fingerprint.GetString() is not { Length: > 0 and <= EventKey.MaxDedupKeyLength } dedupKey)
        {
            return (null, null, new($"{path}.fingerprint", "required: the alert's fingerprint, its dedup key."));
        }

        var (labels, labelsError) = Strings(alert, "labels", path);
        var (annotations, annotationsError) = Strings(alert, "annotations", path);
        if ((labelsError ?? annotationsError) is { } error)
        {
            return (null, null, error);
        }

        var key = new EventKey(Source, dedupKey);
        var firing = status == "firing";
        if (Component(labels, options) is not { } component)
        {
            var names = string.Join(", ", new[] { options.ComponentIdLabel }.Concat(options.ServiceLabelNames).Where(n => n.Length > 0));
            return (null, new UnmappedAlert(index, key, firing, $"The alert has none of the labels {names} (with a valid value) that name a component."), null);
        }

        var impact = labels.TryGetValue(options.SeverityLabel, out var severity) && options.Severities.TryGetValue(severity, out var mapped)
            ? mapped
            : options.DefaultImpact;
        var summary = Value(annotations, "summary");
        var title = summary ?? Value(labels, "alertname");
        var message = firing ? Value(annotations, "description") ?? summary : null;
        return (new MonitoringEvent(index, component, firing, impact, EventRequest.Title(title), message, key), null, null);
    }

    private static ComponentLookup? Component(Dictionary<string, string> labels, EventsOptions options)
    {
        if (options.ComponentIdLabel.Length > 0 && labels.TryGetValue(options.ComponentIdLabel, out var idText))
        {
            return int.TryParse(idText, out var id) && id > 0 ? ComponentLookup.ById(id) : null;
        }

        var name = options.ServiceLabelNames.Select(label => Value(labels, label)).FirstOrDefault(value => value is not null);
        if (name is null)
        {
            return null;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.RegionLabel.Length > 0 && Value(labels, options.RegionLabel) is { } region)
        {
            attributes["region"] = region;
        }

        return ComponentLookup.ByName(name, attributes);
    }

    private static string? Value(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A label or annotation set: an object of strings, empty when absent.</summary>
    private static (Dictionary<string, string> Values, FieldError? Error) Strings(JsonElement alert, string name, string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!alert.TryGetProperty(name, out var set) || set.ValueKind == JsonValueKind.Null)
        {
            return (values, null);
        }

        if (set.ValueKind != JsonValueKind.Object)
        {
            return (values, new($"{path}.{name}", "expected an object of strings."));
        }

        foreach (var property in set.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                return (values, new($"{path}.{name}.{property.Name}", "expected a string."));
            }

            values[property.Name] = property.Value.GetString()!;
        }

        return (values, null);
    }
}
