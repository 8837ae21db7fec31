namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>What came of an operator's decision: done, or why not (shown to the operator as it is).</summary>
public sealed record ReviewResult(string? Error, int? IncidentId = null)
{
    public bool Succeeded => Error is null;
}
