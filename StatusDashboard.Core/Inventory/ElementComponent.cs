namespace StatusDashboard.Core.Inventory;

/// <summary>A status-page component a network element carries: when the element is down, the component is affected.</summary>
public sealed class ElementComponent
{
    public int ElementId { get; set; }
    public int ComponentId { get; set; }
}
