namespace StatusDashboard.Api.Writes;

/// <summary>A component an incident affects.</summary>
public sealed record IncidentComponentDocument(int Id, string Service, string Region, string Category);
