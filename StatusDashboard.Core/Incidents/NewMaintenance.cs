namespace StatusDashboard.Core.Incidents;

/// <summary>An operator's planned maintenance window; <see cref="Description"/> makes its first, scheduled update.</summary>
public sealed record NewMaintenance(string Title, DateTimeOffset Start, DateTimeOffset End, string Description, IReadOnlyCollection<int> ComponentIds);
