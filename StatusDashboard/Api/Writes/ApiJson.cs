using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// Reads a write request's JSON body into its request type, or into the problem that names what was wrong and where:
/// not JSON (line and column), a field of the wrong type (its JSON path, <c>component_ids[1]</c>), a field the type
/// does not have, or a <see cref="RequiredAttribute"/> field left out. Each problem lists every field it can.
/// </summary>
public static class ApiJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> Fields = new();

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, WriteProblems.Problem(
                StatusCodes.Status415UnsupportedMediaType, "Send JSON", "body: send the request as JSON with Content-Type: application/json."));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return (null, WriteProblems.Malformed(exception));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, WriteProblems.Invalid("body", $"Expected a JSON object, not {Describe(document.RootElement.ValueKind)}."));
            }

            var fields = FieldsOf(typeof(T));
            var errors = new Dictionary<string, string[]>();
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !fields.ContainsKey(p.Name)))
            {
                errors[property.Name] = [$"Unknown field; this request has {string.Join(", ", fields.Keys)}."];
            }

            T? value = null;
            if (errors.Count == 0)
            {
                try
                {
                    value = document.RootElement.Deserialize<T>(Options);
                }
                catch (JsonException exception)
                {
                    var field = FieldOf(exception.Path);
                    errors[field] = [$"Expected {Describe(TypeOf(fields, field))}."];
                }
            }

            if (value is not null)
            {
                foreach (var (name, property) in fields)
                {
                    if (property.GetValue(value) is null && property.IsDefined(typeof(RequiredAttribute)))
                    {
                        errors[name] = [$"Required: {Describe(property.PropertyType)}."];
                    }
                }
            }

            return errors.Count == 0 ? (value, null) : (null, WriteProblems.Invalid(errors));
        }
    }

    /// <summary>What a value of <paramref name="type"/> looks like in JSON, for messages.</summary>
    public static string Describe(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => "a value of another type",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(int) || type == typeof(long) => "an integer",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(Guid) => "a UUID such as \"3f2c5e9a-1b7d-4c1e-9a0b-2f6d8e4c7a11\"",
            _ when type == typeof(DateTimeOffset) => "a date and time with its offset (RFC 3339), such as \"2026-11-16T12:00:00Z\"",
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => $"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(n)}\"")),
            { IsArray: true } => $"a list of {Plural(type.GetElementType())}",
            { IsGenericType: true } when type.GetGenericArguments() is [var element] => $"a list of {Plural(element)}",
            _ => "a JSON object",
        };
    }

    private static string Plural(Type? element) => Describe(element) switch
    {
        "an integer" => "integers",
        "a string" => "strings",
        var single => $"values, each {single}",
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>The field of a JSON path: <c>$.component_ids[1]</c> → <c>component_ids[1]</c>; the whole body is <c>body</c>.</summary>
    private static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>The type expected at <paramref name="field"/>: an element's type for <c>name[i]</c>.</summary>
    private static Type? TypeOf(Dictionary<string, PropertyInfo> fields, string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        if (!fields.TryGetValue(bracket < 0 ? field : field[..bracket], out var property))
        {
            return null;
        }

        var type = property.PropertyType;
        return bracket < 0 ? type : type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
    }

    private static Dictionary<string, PropertyInfo> FieldsOf(Type type) => Fields.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)));
}
