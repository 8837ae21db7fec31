using System.ComponentModel;
using System.Text.Json.Serialization;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Writes;

/// <summary>An incident or maintenance as the write API returns it, with the <see cref="Version"/> an edit must carry back.</summary>
public sealed record IncidentDocument(
    int Id,
    [property: Description("incident or maintenance.")] string Kind,
    string Title,
    [property: JsonConverter(typeof(ApiEnumConverter<Impact>))] Impact Impact,
    DateTimeOffset Start,
    [property: Description("For an incident, when it was resolved (null while open); for a maintenance, the planned end.")] DateTimeOffset? End,
    [property: Description("The concurrency token: send it as If-Match or as version with an edit.")] Guid Version,
    IReadOnlyList<IncidentComponentDocument> Components,
    [property: Description("Newest first.")] IReadOnlyList<IncidentUpdateDocument> Updates)
{
    public static IncidentDocument From(IncidentSnapshot incident) => new(
        incident.Id,
        incident.IsMaintenance ? "maintenance" : "incident",
        incident.Title,
        incident.Impact,
        incident.Start,
        incident.End,
        incident.Version,
        incident.Components.Select(c => new IncidentComponentDocument(c.Id, c.Service, c.Region, c.Category)).ToList(),
        incident.Latest.Select(u => new IncidentUpdateDocument(u.Status, u.Timestamp, u.Text, u.Author)).ToList());
}
