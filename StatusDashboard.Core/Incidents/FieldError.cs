namespace StatusDashboard.Core.Incidents;

/// <summary>What is wrong with one field of an operator's input; <see cref="Field"/> is one of <see cref="IncidentFields"/>.</summary>
public sealed record FieldError(string Field, string Message);
