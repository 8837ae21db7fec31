namespace StatusDashboard.Core.Inventory;

/// <summary>Where a link log line points: an interface of a host, and the element (usually a circuit) behind it.</summary>
public sealed class EquipmentPort
{
    public int Id { get; set; }

    /// <summary>The host as it names itself in its logs, lower case.</summary>
    public required string Host { get; set; }

    /// <summary>The interface as the host names it (<c>xe-0/0/1</c>, <c>GigabitEthernet0/1</c>).</summary>
    public required string Interface { get; set; }

    public int ElementId { get; set; }
    public NetworkElement Element { get; set; } = null!;
}
