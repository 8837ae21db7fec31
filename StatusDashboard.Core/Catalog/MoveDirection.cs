namespace StatusDashboard.Core.Catalog;

/// <summary>Where a reordered row goes among its siblings.</summary>
public enum MoveDirection
{
    Up,
    Down,
}
