namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>The wire names of <see cref="MaintenanceStatus"/> and <see cref="CircuitImpactLevel"/> (TENTATIVE, IN-PROCESS, NO-IMPACT…).</summary>
public static class MaintenanceStatusNames
{
    private static readonly Dictionary<MaintenanceStatus, string> Statuses = new()
    {
        [MaintenanceStatus.Tentative] = "TENTATIVE",
        [MaintenanceStatus.Confirmed] = "CONFIRMED",
        [MaintenanceStatus.Cancelled] = "CANCELLED",
        [MaintenanceStatus.InProcess] = "IN-PROCESS",
        [MaintenanceStatus.Completed] = "COMPLETED",
        [MaintenanceStatus.Rescheduled] = "RE-SCHEDULED",
        [MaintenanceStatus.NoChange] = "NO-CHANGE",
    };

    private static readonly Dictionary<CircuitImpactLevel, string> Impacts = new()
    {
        [CircuitImpactLevel.NoImpact] = "NO-IMPACT",
        [CircuitImpactLevel.ReducedRedundancy] = "REDUCED-REDUNDANCY",
        [CircuitImpactLevel.Degraded] = "DEGRADED",
        [CircuitImpactLevel.Outage] = "OUTAGE",
    };

    public static string Name(this MaintenanceStatus status) => Statuses[status];

    public static string Name(this CircuitImpactLevel impact) => Impacts[impact];

    public static bool TryParseStatus(string? text, out MaintenanceStatus status) => TryFind(Statuses, text, out status);

    public static bool TryParseImpact(string? text, out CircuitImpactLevel impact) => TryFind(Impacts, text, out impact);

    private static bool TryFind<T>(Dictionary<T, string> names, string? text, out T value)
        where T : struct, Enum
    {
        foreach (var (key, name) in names)
        {
            if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
