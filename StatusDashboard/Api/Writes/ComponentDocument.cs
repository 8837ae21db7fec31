using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Writes;

/// <summary>A component (a service in one region) as the write API returns it; a retired one has <see cref="RetiredAt"/>.</summary>
public sealed record ComponentDocument(
    int Id,
    [property: JsonPropertyName("service_id")] int ServiceId,
    string Service,
    [property: JsonPropertyName("region_id")] int RegionId,
    string Region,
    string Category,
    [property: JsonPropertyName("retired_at")] DateTimeOffset? RetiredAt);
