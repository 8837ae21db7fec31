namespace StatusDashboard.Core.Incidents;

/// <summary>Who or what created an incident.</summary>
public enum IncidentSource
{
    Operator,
    Api,
    EmailIngestion,
    OutageDetection,
    SlaEvaluation,
    Demo,
}
