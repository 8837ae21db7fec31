namespace StatusDashboard.Core.Incidents;

/// <summary>An operator's new incident: <see cref="Text"/> and <see cref="Status"/> make its first update, at <see cref="Start"/>.</summary>
public sealed record NewIncident(string Title, Impact Impact, IReadOnlyCollection<int> ComponentIds, DateTimeOffset Start, string Text, IncidentStatus Status);
