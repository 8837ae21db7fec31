using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Logs;

/// <summary>The JSON form of a log batch: the syslog lines, and the host to attribute lines that name none to.</summary>
public sealed record LogBatchRequest(
    [property: JsonPropertyName("lines")] IReadOnlyList<string?>? Lines,
    [property: JsonPropertyName("sender")] string? Sender);
