namespace StatusDashboard.Core.Incidents;

/// <summary>How badly an incident affects its components. The numbers are part of the contract.</summary>
public enum Impact
{
    Maintenance = 0,
    Minor = 1,
    Major = 2,
    Outage = 3,
}
