namespace StatusDashboard.Core.StatusPage;

/// <summary>A category card of the index with its components in display order.</summary>
public sealed record BoardCategory(string Name, IReadOnlyList<BoardComponent> Components);
