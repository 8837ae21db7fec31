namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>Impact wording (<c>Hard Down</c>, <c>No Expected Impact</c>, <c>Loss of resilience</c>…) as an impact level.</summary>
public static class Impacts
{
    public static CircuitImpactLevel FromText(string? text, CircuitImpactLevel otherwise = CircuitImpactLevel.Outage)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return otherwise;
        }

        if (MaintenanceStatusNames.TryParseImpact(text, out var exact))
        {
            return exact;
        }

        var t = text.ToLowerInvariant();
        if (t.Contains("no impact") || t.Contains("no expected impact") || t.Contains("non-service affecting") || t.Contains("not service affecting") || t.Contains("no service impact"))
        {
            return CircuitImpactLevel.NoImpact;
        }

        if (t.Contains("redundan") || t.Contains("resilien"))
        {
            return CircuitImpactLevel.ReducedRedundancy;
        }

        if (t.Contains("degrad") || t.Contains("latency") || t.Contains("reduced"))
        {
            return CircuitImpactLevel.Degraded;
        }

        return otherwise;
    }
}
