namespace StatusDashboard.Components.Admin;

/// <summary>A category or a region as <see cref="OrderedNameList"/> shows it: its name and what hangs off it.</summary>
public sealed record OrderedRow(int Id, string Name, string Detail);
