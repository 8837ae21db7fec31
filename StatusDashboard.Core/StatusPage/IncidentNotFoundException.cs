namespace StatusDashboard.Core.StatusPage;

/// <summary>Raised inside a cache factory so that a miss for an unknown incident is not stored.</summary>
internal sealed class IncidentNotFoundException(int id) : Exception($"There is no incident {id}.");
