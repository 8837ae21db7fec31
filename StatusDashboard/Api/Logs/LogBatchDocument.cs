using System.Text.Json.Serialization;

namespace StatusDashboard.Api.Logs;

/// <summary>
/// What a log batch did: the lines read, how many were link changes, and of those how many changed a port's state, were
/// no newer than what was known, or came from unmapped ports; the outages opened and closed.
/// </summary>
public sealed record LogBatchDocument(
    [property: JsonPropertyName("lines")] int Lines,
    [property: JsonPropertyName("link_events")] int LinkEvents,
    [property: JsonPropertyName("applied")] int Applied,
    [property: JsonPropertyName("stale")] int Stale,
    [property: JsonPropertyName("unknown_ports")] int UnknownPorts,
    [property: JsonPropertyName("opened")] int Opened,
    [property: JsonPropertyName("closed")] int Closed);
