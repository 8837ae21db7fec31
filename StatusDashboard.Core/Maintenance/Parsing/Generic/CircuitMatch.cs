namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>A circuit id found on line <see cref="Line"/>; <see cref="Known"/> when it is one of the operator's.</summary>
internal sealed record CircuitMatch(string CircuitId, int Line, bool Known);
