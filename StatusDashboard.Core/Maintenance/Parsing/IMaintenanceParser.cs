namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>One way of reading maintenance notifications: the iCalendar format, one provider's e-mails, or the generic extractor.</summary>
public interface IMaintenanceParser
{
    /// <summary>Recorded with each result, e.g. <c>ical</c>, <c>zayo</c>, <c>generic</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Null when this parser does not recognise the notification, so the chain asks the next one; otherwise its
    /// result, which may be a <see cref="MaintenanceParseResult.Error"/> saying what is wrong and where.
    /// </summary>
    MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context);
}
