namespace StatusDashboard.Components.Admin;

/// <summary>Links into the inventory admin page.</summary>
public static class InventoryLinks
{
    /// <summary>The inventory page with the new-circuit form open on <paramref name="circuitId"/>, for the provider when it is known.</summary>
    public static string AddCircuit(string circuitId, string? provider) =>
        $"/admin/inventory?circuit={Uri.EscapeDataString(circuitId)}{(provider is null ? "" : $"&provider={Uri.EscapeDataString(provider)}")}";
}
