using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>An alert whose labels name no component: reported in the response and logged, not applied.</summary>
public sealed record UnmappedAlert(int Index, EventKey Key, bool Firing, string Detail);
