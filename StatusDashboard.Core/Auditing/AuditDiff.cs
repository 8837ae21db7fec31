using System.Text.Json;

namespace StatusDashboard.Core.Auditing;

/// <summary>Lays an entry's before and after JSON side by side, field by field, for the audit log page.</summary>
public static class AuditDiff
{
    /// <summary>The fields in the order they were written, before's first; a side that is not a JSON object shows as one field named "".</summary>
    public static IReadOnlyList<AuditFieldChange> Of(AuditEntry entry)
    {
        var before = Fields(entry.Before);
        var after = Fields(entry.After);
        return before.Keys.Concat(after.Keys)
            .Distinct(StringComparer.Ordinal)
            .Select(field => new AuditFieldChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .ToList();
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    fields[property.Name] = Display(property.Value);
                }

                return fields;
            }
        }
        catch (JsonException)
        {
            // Summary entries of bulk operations may hold plain text; it is shown as it is.
        }

        fields[""] = json;
        return fields;
    }

    private static string? Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
