namespace StatusDashboard.Core.Incidents;

/// <summary>
/// An update to add. <see cref="NewImpact"/> goes with <see cref="IncidentStatus.ImpactChanged"/>, <see cref="NewEnd"/>
/// with <see cref="IncidentStatus.Changed"/>, and both <see cref="NewStart"/> and <see cref="NewEnd"/> with
/// <see cref="IncidentStatus.Modified"/>; they are ignored otherwise.
/// </summary>
public sealed record NewUpdate(
    IncidentStatus Status,
    string Text,
    DateTimeOffset Timestamp,
    Impact? NewImpact = null,
    DateTimeOffset? NewStart = null,
    DateTimeOffset? NewEnd = null);
