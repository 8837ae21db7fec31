using System.Text.Json;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>
/// The body of <c>POST /api/v2/events</c>: one event object, an array of them, or <c>{"events": [...]}</c>. An event is
/// <c>{"component", "status"?, "impact"?, "message"?, "source", "dedup_key"}</c>; the component is its id, or
/// <c>{"id"}</c>, or <c>{"name", "attributes"}</c> with attributes as <c>{"region": "EU-DE"}</c> or stackmon's
/// <c>[{"name", "value"}]</c>. Parsed by hand so every error names its field: <c>events[2].component</c> in a batch,
/// <c>component</c> for a single event.
/// </summary>
public static class EventRequest
{
    private const int MaxTitleLength = 200;
    private const int MaxMessageLength = 10_000;

    public static (List<MonitoringEvent> Events, List<FieldError> Errors) Parse(JsonElement body, EventsOptions options)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("events", out var wrapped))
        {
            body = wrapped;
            if (body.ValueKind != JsonValueKind.Array)
            {
                return ([], [new("events", "expected an array of events.")]);
            }
        }

        if (body.ValueKind == JsonValueKind.Object)
        {
            var (single, error) = ParseEvent(body, 0, "", options);
            return single is null ? ([], [error!]) : ([single], []);
        }

        if (body.ValueKind != JsonValueKind.Array)
        {
            return ([], [new("body", "expected an event object or an array of events.")]);
        }

        var count = body.GetArrayLength();
        if (count == 0 || count > options.MaxEventsPerRequest)
        {
            return ([], [new("events", $"expected from 1 to {options.MaxEventsPerRequest} events, got {count}.")]);
        }

        var events = new List<MonitoringEvent>();
        var errors = new List<FieldError>();
        var index = 0;
        foreach (var item in body.EnumerateArray())
        {
            var (parsed, error) = item.ValueKind == JsonValueKind.Object
                ? ParseEvent(item, index, $"events[{index}].", options)
                : (null, new FieldError($"events[{index}]", "expected an event object."));
            if (parsed is null)
            {
                errors.Add(error!);
            }
            else
            {
                events.Add(parsed);
            }

            index++;
        }

        return (events, errors);
    }

    private static (MonitoringEvent? Event, FieldError? Error) ParseEvent(JsonElement item, int index, string path, EventsOptions options)
    {
        FieldError Error(string field, string message) => new(path + field, message);

        var (component, componentError) = ParseComponent(item, path);
        if (component is null)
        {
            return (null, componentError);
        }

        var source = Text(item, "source", EventKey.MaxSourceLength);
        if (source.Error is { } sourceError)
        {
            return (null, Error("source", sourceError));
        }

        var dedupKey = Text(item, "dedup_key", EventKey.MaxDedupKeyLength);
        if (dedupKey.Error is { } keyError)
        {
            return (null, Error("dedup_key", keyError));
        }

        string? message = null;
        if (item.TryGetProperty("message", out var messageValue) && messageValue.ValueKind != JsonValueKind.Null)
        {
            if (messageValue.ValueKind != JsonValueKind.String || messageValue.GetString()!.Length > MaxMessageLength)
            {
                return (null, Error("message", $"expected a string of at most {MaxMessageLength} characters (Markdown)."));
            }

            message = messageValue.GetString();
        }

        var (firing, impact, stateError) = ParseState(item, path, options);
        if (stateError is not null)
        {
            return (null, stateError);
        }

        return (new MonitoringEvent(index, component, firing, impact, Title(message), message, new EventKey(source.Value!, dedupKey.Value!)), null);
    }

    /// <summary>Whether the event fires and at what impact, from <c>status</c> and <c>impact</c>, which must agree.</summary>
    private static (bool Firing, Impact Impact, FieldError? Error) ParseState(JsonElement item, string path, EventsOptions options)
    {
        bool? firing = null;
        if (item.TryGetProperty("status", out var status) && status.ValueKind != JsonValueKind.Null)
        {
            firing = status.ValueKind == JsonValueKind.String ? status.GetString()!.ToLowerInvariant() switch
            {
                "firing" => true,
                "resolved" => false,
                _ => null,
            } : null;
            if (firing is null)
            {
                return (false, default, new(path + "status", "expected \"firing\" or \"resolved\"."));
            }
        }

        Impact? impact = null;
        if (item.TryGetProperty("impact", out var impactValue) && impactValue.ValueKind != JsonValueKind.Null)
        {
            impact = impactValue.ValueKind switch
            {
                JsonValueKind.Number when impactValue.TryGetInt32(out var number) && number is >= 0 and <= 3 => (Impact)number,
                JsonValueKind.String => impactValue.GetString()!.ToLowerInvariant() switch
                {
                    "operational" => Impact.Maintenance,
                    "minor" => Impact.Minor,
                    "major" => Impact.Major,
                    "outage" => Impact.Outage,
                    _ => null,
                },
                _ => null,
            };
            if (impact is null)
            {
                return (false, default, new(path + "impact", "expected minor, major, outage or operational, or 1 to 3 (0 for operational)."));
            }
        }

        // Impact 0 ("operational") is how an impact-only sender says the event is over.
        var impactFires = impact is { } given ? given != Impact.Maintenance : (bool?)null;
        return (firing, impactFires) switch
        {
            (null, null) => (false, default, new(path + "status", "required: \"firing\" or \"resolved\" (or give an impact).")),
            (true, false) or (false, true) => (false, default, new(path + "impact", $"impact {impactValue.GetRawText()} contradicts status {(firing == true ? "firing" : "resolved")}.")),
            _ when firing ?? impactFires ?? false => (true, impact ?? options.DefaultImpact, null),
            _ => (false, default, null),
        };
    }

    private static (ComponentLookup? Component, FieldError? Error) ParseComponent(JsonElement item, string path)
    {
        var field = path + "component";
        const string Expected = "required: the component's id, or {\"name\", \"attributes\"} as in the stackmon API.";
        if (!item.TryGetProperty("component", out var component))
        {
            return (null, new(field, Expected));
        }

        if (component.ValueKind == JsonValueKind.Number)
        {
            return component.TryGetInt32(out var id) && id > 0 ? (ComponentLookup.ById(id), null) : (null, new(field, "expected a positive component id."));
        }

        if (component.ValueKind != JsonValueKind.Object)
        {
            return (null, new(field, Expected));
        }

        if (component.TryGetProperty("id", out var idValue))
        {
            return idValue.ValueKind == JsonValueKind.Number && idValue.TryGetInt32(out var id) && id > 0
                ? (ComponentLookup.ById(id), null)
                : (null, new(field + ".id", "expected a positive component id."));
        }

        if (!component.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
        {
            return (null, new(field + ".name", "required: the component's service name (or give its id)."));
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (component.TryGetProperty("attributes", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            var error = list.ValueKind switch
            {
                JsonValueKind.Object => ReadMap(list, attributes),
                JsonValueKind.Array => ReadList(list, attributes),
                _ => "",
            };
            if (error is not null)
            {
                return (null, new(field + ".attributes" + error, "expected {\"region\": \"EU-DE\", …} or [{\"name\": …, \"value\": …}] with string values."));
            }
        }

        return (ComponentLookup.ByName(name.GetString()!.Trim(), attributes), null);
    }

    /// <summary>Null when every attribute was read, otherwise the path of the one that was wrong after <c>attributes</c>.</summary>
    private static string? ReadMap(JsonElement map, Dictionary<string, string> attributes)
    {
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                return "." + property.Name;
            }

            attributes[property.Name] = property.Value.GetString()!;
        }

        return null;
    }

    private static string? ReadList(JsonElement list, Dictionary<string, string> attributes)
    {
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("name", out var key) || key.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
            {
                return $"[{index}]";
            }

            attributes[key.GetString()!] = value.GetString()!;
            index++;
        }

        return null;
    }

    /// <summary>A required, non-empty string (a number is taken as its text: Zabbix event ids are numbers).</summary>
    private static (string? Value, string? Error) Text(JsonElement item, string name, int maxLength)
    {
        var value = item.TryGetProperty(name, out var element) ? element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!.Trim(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        } : null;
        return string.IsNullOrEmpty(value) || value.Length > maxLength
            ? (null, $"required: a non-empty string of at most {maxLength} characters.")
            : (value, null);
    }

    /// <summary>The title of an incident an event raises: its message's first line, shortened to fit.</summary>
    public static string? Title(string? message)
    {
        var line = message?.Split('\n', 2)[0].Trim();
        return string.IsNullOrEmpty(line) ? null : line.Length <= MaxTitleLength ? line : line[..(MaxTitleLength - 1)] + "…";
    }
}
