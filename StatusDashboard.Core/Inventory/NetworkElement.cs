using StatusDashboard.Core.Catalog;

namespace StatusDashboard.Core.Inventory;

/// <summary>
/// A device or a circuit of the operator's network. A circuit is known by its provider's id (<see cref="VendorId"/>,
/// unique per provider), a device by its host name. Maintenance and outages of an element reach the status page
/// through <see cref="Components"/>; a device's also reach the circuits that ride on it.
/// </summary>
public sealed class NetworkElement
{
    public int Id { get; set; }
    public NetworkElementKind Kind { get; set; }
    public int? ProviderId { get; set; }
    public Provider? Provider { get; set; }

    /// <summary>The provider's circuit id, or the device's host name.</summary>
    public required string VendorId { get; set; }

    /// <summary>The operator's own id for it, when it has one.</summary>
    public string? InternalId { get; set; }

    /// <summary>When the circuit was handed over; SLA months may count from this day.</summary>
    public DateOnly? TurnUpDate { get; set; }

    public string? Description { get; set; }

    /// <summary>The availability promise the element is measured against; none means it is not measured.</summary>
    public int? SlaPromiseId { get; set; }

    public Sla.SlaPromise? SlaPromise { get; set; }

    /// <summary>For a device: the circuits that ride on it.</summary>
    public List<NetworkElement> Circuits { get; } = [];

    /// <summary>For a circuit: the devices it rides on.</summary>
    public List<NetworkElement> Devices { get; } = [];

    public List<Component> Components { get; } = [];

    public List<EquipmentPort> Ports { get; } = [];

    public string Label => InternalId is { } internalId ? $"{VendorId} ({internalId})" : VendorId;
}
