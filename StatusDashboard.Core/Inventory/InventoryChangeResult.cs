namespace StatusDashboard.Core.Inventory;

/// <summary>
/// The outcome of an administrator's inventory change: done (with the id of the row it created or changed), or why not
/// and which field it is about (null when the problem is not one field's).
/// </summary>
public sealed record InventoryChangeResult(bool Succeeded, int? Id, string? Field, string? Error)
{
    public static InventoryChangeResult Done(int id) => new(true, id, null, null);

    public static InventoryChangeResult Invalid(string? field, string error) => new(false, null, field, error);
}
