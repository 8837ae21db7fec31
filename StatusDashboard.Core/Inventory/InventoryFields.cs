namespace StatusDashboard.Core.Inventory;

/// <summary>The names <see cref="InventoryChangeResult.Field"/> uses, so a form shows each error under its field.</summary>
public static class InventoryFields
{
    public const string Name = "name";
    public const string TimeZone = "timeZone";
    public const string Senders = "senders";
    public const string Kind = "kind";
    public const string Provider = "provider";
    public const string VendorId = "vendorId";
    public const string InternalId = "internalId";
    public const string Description = "description";
    public const string Component = "component";
    public const string Circuit = "circuit";
    public const string Host = "host";
    public const string Interface = "interface";
    public const string Element = "element";
    public const string SlaPromise = "slaPromise";
}
