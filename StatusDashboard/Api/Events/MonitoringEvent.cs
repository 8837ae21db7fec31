using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>
/// One event as either endpoint parsed it: its position in the request, the component, whether it fires (at
/// <see cref="Impact"/>) or resolves, the title of an incident raised for it, the Markdown message and its identity.
/// </summary>
public sealed record MonitoringEvent(int Index, ComponentLookup Component, bool Firing, Impact Impact, string? Title, string? Message, EventKey Key);
