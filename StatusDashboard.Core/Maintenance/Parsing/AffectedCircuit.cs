namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>One circuit (or other object) a maintenance touches, by the provider's id, and how.</summary>
public sealed record AffectedCircuit(string CircuitId, CircuitImpactLevel Impact);
