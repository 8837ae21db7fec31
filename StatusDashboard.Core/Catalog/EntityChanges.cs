namespace StatusDashboard.Core.Catalog;

/// <summary>How many rows of one kind a provisioning run added, updated and removed.</summary>
public sealed record EntityChanges(int Added, int Updated, int Removed)
{
    public static EntityChanges None { get; } = new(0, 0, 0);

    public bool Any => Added + Updated + Removed > 0;
}
