using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Core.Maintenance;

/// <summary>How maintenance notifications are turned into status-page maintenances.</summary>
public sealed class MaintenanceIngestionOptions
{
    public const string SectionName = "Maintenance";

    /// <summary>A parse result less sure than this waits for an operator instead of being published.</summary>
    [Range(0.0, 1.0)]
    public double ReviewBelowConfidence { get; set; } = 0.6;
}
