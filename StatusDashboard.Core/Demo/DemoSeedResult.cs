namespace StatusDashboard.Core.Demo;

/// <summary>
/// What the first-run demo seeding did; <see cref="Seeded"/> is false when the database already had data.
/// <see cref="SlaDemo"/> is the SLA demo scenario's result, null when the catalog has no demo circuit.
/// </summary>
public sealed record DemoSeedResult(bool Seeded, bool CatalogCopied, int Components, int Incidents, SlaDemoResult? SlaDemo = null)
{
    public static DemoSeedResult Skipped { get; } = new(false, false, 0, 0);
}
