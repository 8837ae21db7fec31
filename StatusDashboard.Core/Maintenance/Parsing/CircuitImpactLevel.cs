namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>How a maintenance affects one circuit (X-MAINTNOTE-IMPACT), least to most severe.</summary>
public enum CircuitImpactLevel
{
    NoImpact,
    ReducedRedundancy,
    Degraded,
    Outage,
}
