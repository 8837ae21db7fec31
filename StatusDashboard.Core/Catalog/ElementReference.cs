namespace StatusDashboard.Core.Catalog;

/// <summary>A mention of a circuit or device elsewhere in the catalog: its internal id, circuit id or host, with its position.</summary>
public sealed record ElementReference(string Id, int Line, int Column);
