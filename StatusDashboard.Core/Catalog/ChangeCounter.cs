namespace StatusDashboard.Core.Catalog;

/// <summary>Counts the changes to one kind of row while a catalog is synchronised.</summary>
internal sealed class ChangeCounter
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Removed { get; set; }

    public EntityChanges ToChanges() => new(Added, Updated, Removed);
}
