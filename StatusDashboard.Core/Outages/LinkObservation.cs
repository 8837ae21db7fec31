using StatusDashboard.Core.Outages.Syslog;

namespace StatusDashboard.Core.Outages;

/// <summary>A link event with the line it was read from and where that line came from, kept as the outage's evidence.</summary>
public sealed record LinkObservation(LinkEvent Event, string Line, string Source);
