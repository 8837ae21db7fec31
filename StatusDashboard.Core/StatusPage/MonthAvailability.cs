namespace StatusDashboard.Core.StatusPage;

/// <summary>The availability of a component in one calendar month (UTC), in percent.</summary>
public sealed record MonthAvailability(int Year, int Month, double Percent, TimeSpan Downtime);
