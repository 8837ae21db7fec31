namespace StatusDashboard.Core.Inventory;

/// <summary>A provider as the admin page lists it: its senders in order, how many circuits and devices name it.</summary>
public sealed record InventoryProviderRow(int Id, string Name, string? TimeZone, IReadOnlyList<string> Senders, int ElementCount);
