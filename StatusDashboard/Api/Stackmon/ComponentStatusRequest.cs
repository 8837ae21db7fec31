using System.Text.Json;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Stackmon;

/// <summary>
/// The body of <c>POST /api/v1/component_status</c>: <c>{"name", "impact", "attributes": [{"name", "value"}], "text"?}</c>,
/// parsed by hand so a bad body is answered with the field that was wrong rather than a generic binding error.
/// </summary>
public sealed record ComponentStatusRequest(string Name, Impact Impact, IReadOnlyDictionary<string, string> Attributes, string? Text)
{
    /// <summary>The request, or null and a message naming the field that was missing or wrong.</summary>
    public static (ComponentStatusRequest? Request, string? Error) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "body: expected a JSON object.");
        }

        if (!body.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
        {
            return (null, "name: required, the component's (service's) name as a string.");
        }

        if (!body.TryGetProperty("impact", out var impactValue) || impactValue.ValueKind != JsonValueKind.Number || !impactValue.TryGetInt32(out var impact))
        {
            return (null, "impact: required, an integer from 1 (minor) to 3 (outage).");
        }

        if (impact is < (int)Impact.Minor or > (int)Impact.Outage)
        {
            return (null, $"impact: {impact} is not allowed; use 1 (minor), 2 (major) or 3 (outage). Maintenances are planned, not reported.");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (body.TryGetProperty("attributes", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                return (null, "attributes: expected a list of {\"name\", \"value\"} objects.");
            }

            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("name", out var key) || key.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
                {
                    return (null, $"attributes[{index}]: expected {{\"name\": string, \"value\": string}}.");
                }

                attributes[key.GetString()!] = value.GetString()!;
                index++;
            }
        }

        string? text = null;
        if (body.TryGetProperty("text", out var textValue) && textValue.ValueKind != JsonValueKind.Null)
        {
            if (textValue.ValueKind != JsonValueKind.String)
            {
                return (null, "text: expected a string, the title of an incident raised for the report.");
            }

            text = textValue.GetString();
        }

        return (new ComponentStatusRequest(name.GetString()!.Trim(), (Impact)impact, attributes, text), null);
    }
}
