namespace StatusDashboard.Core.Incidents;

/// <summary>A component as an operator picks it: by region, category and service.</summary>
public sealed record ComponentChoice(int Id, string Region, string Category, string Service)
{
    public string Label => $"{Service} ({Region})";
}
