using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Writes;

/// <summary>An enum as its snake_case name (<c>impact_changed</c>), never as a number, in both directions.</summary>
public sealed class ApiEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
