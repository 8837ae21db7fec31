namespace StatusDashboard.Core.Inventory;

/// <summary>An interface of a host, as its link logs name them, and the circuit or device behind it.</summary>
public sealed record PortInput(string? Host, string? Interface, int ElementId);
