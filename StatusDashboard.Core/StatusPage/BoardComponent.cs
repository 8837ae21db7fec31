namespace StatusDashboard.Core.StatusPage;

/// <summary>One service in one region, as a row of a category card.</summary>
public sealed record BoardComponent(int Id, string Service, string Region);
