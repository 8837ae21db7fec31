namespace StatusDashboard.Core.Outages;

/// <summary>
/// A (host, interface) that logged link changes but is in no <see cref="Inventory.EquipmentPort"/>: listed for an
/// operator to map, with how often and when it was seen and its last line.
/// </summary>
public sealed class UnknownPort
{
    public int Id { get; set; }
    public required string Host { get; set; }
    public required string Interface { get; set; }
    public long Count { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset LastSeen { get; set; }
    public required string LastLine { get; set; }
}
