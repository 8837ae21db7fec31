namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>
/// What one parser made of a notification: the maintenances, or the error that says why it could not, plus which
/// parser answered and how sure it is (0 to 1); a result under the review threshold waits for an operator.
/// </summary>
public sealed record MaintenanceParseResult(IReadOnlyList<MaintenanceNotice> Maintenances, string Parser, double Confidence, string? Error = null)
{
    public static MaintenanceParseResult Failed(string parser, string error) => new([], parser, 0, error);
}
