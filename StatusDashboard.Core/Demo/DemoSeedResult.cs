namespace StatusDashboard.Core.Demo;

/// <summary>What the first-run demo seeding did; <see cref="Seeded"/> is false when the database already had data.</summary>
public sealed record DemoSeedResult(bool Seeded, bool CatalogCopied, int Components, int Incidents)
{
    public static DemoSeedResult Skipped { get; } = new(false, false, 0, 0);
}
