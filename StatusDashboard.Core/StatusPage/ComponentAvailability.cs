namespace StatusDashboard.Core.StatusPage;

/// <summary>One row of the availability page: a component and its months, oldest first.</summary>
public sealed record ComponentAvailability(string Category, string Service, string Region, IReadOnlyList<MonthAvailability> Months);
