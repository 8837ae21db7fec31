using System.Text.Json.Serialization;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Writes;

/// <summary>One entry of an incident's timeline; <see cref="Text"/> is Markdown as written.</summary>
public sealed record IncidentUpdateDocument(
    [property: JsonConverter(typeof(ApiEnumConverter<IncidentStatus>))] IncidentStatus Status,
    DateTimeOffset Timestamp,
    string Text,
    string? Author);
