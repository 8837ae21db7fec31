namespace StatusDashboard.Core.Incidents;

/// <summary>
/// A monitoring system's report that a component is affected at <see cref="Impact"/>. <see cref="Title"/> names an
/// incident raised for it, <see cref="Message"/> (Markdown) is added to the updates written for it, <see cref="Author"/>
/// signs them. With an <see cref="Event"/>, the report is deduplicated and can later be resolved by that key.
/// </summary>
public sealed record StatusReport(ComponentLookup Component, Impact Impact, string? Title, string? Message, string Author, EventKey? Event = null);
