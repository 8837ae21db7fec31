namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>Which kinds of parser the chain asks (section <c>Maintenance:Parsing</c>); the fallbacks (generic extractor) always run.</summary>
public sealed class MaintenanceParsingOptions
{
    public const string SectionName = "Maintenance:Parsing";

    /// <summary>The maintenance-notification iCalendar format.</summary>
    public bool UseCalendarParser { get; set; } = true;

    /// <summary>The per-provider parsers; off, a notification goes from the calendar parser straight to the fallbacks.</summary>
    public bool UseProviderParsers { get; set; } = true;
}
