namespace StatusDashboard.Core.Sla;

/// <summary>What an evaluation did: elements and periods measured, measurements added or changed, and how many periods are breached.</summary>
public sealed record SlaEvaluation(int Elements, int Periods, int Changed, int Breached);
