using Microsoft.Extensions.Options;
using StatusDashboard.Core.Maintenance.Parsing.Calendar;
using StatusDashboard.Core.Maintenance.Parsing.Providers;

namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>
/// Asks the parsers in turn until one recognises the notification: the iCalendar format first, then the provider
/// parsers whose sender matches, then those whose markers appear in the text, then every other parser (the generic
/// extractor) in registration order. The first answer wins, an error included: a parser that recognised the
/// notification and found it wrong is more to the point than a guess from the next one.
/// </summary>
public sealed class MaintenanceParserChain
{
    public const string NoParser = "none";

    private readonly IReadOnlyList<IMaintenanceParser> calendars;
    private readonly IReadOnlyList<ProviderMaintenanceParser> providers;
    private readonly IReadOnlyList<IMaintenanceParser> fallbacks;

    public MaintenanceParserChain(IEnumerable<IMaintenanceParser> parsers, IOptions<MaintenanceParsingOptions> options)
    {
        var all = parsers.ToList();
        calendars = options.Value.UseCalendarParser ? all.OfType<ICalendarMaintenanceParser>().ToList() : [];
        providers = options.Value.UseProviderParsers ? all.OfType<ProviderMaintenanceParser>().ToList() : [];
        fallbacks = all.Where(p => p is not ICalendarMaintenanceParser and not ProviderMaintenanceParser).ToList();
    }

    public MaintenanceParseResult Parse(NotificationDocument document, ParseContext context)
    {
        foreach (var parser in Candidates(document))
        {
            if (Ask(parser, document, context) is { } result)
            {
                return result.Error is null && Invalid(result) is { } error ? MaintenanceParseResult.Failed(result.Parser, error) : result;
            }
        }

        return MaintenanceParseResult.Failed(NoParser, "no parser recognised the notification: not the iCalendar maintenance format, not a known provider, and no maintenance found in the text");
    }

    /// <summary>A parser's answer; a parser that throws has a bug, and its exception becomes the error, so the pipeline goes on.</summary>
    private static MaintenanceParseResult? Ask(IMaintenanceParser parser, NotificationDocument document, ParseContext context)
    {
        try
        {
            return parser.TryParse(document, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return MaintenanceParseResult.Failed(parser.Name, $"{parser.Name}: the parser failed on this notification: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>What no parser may return, whoever wrote it: no maintenance at all, no id, a window that ends before it starts.</summary>
    private static string? Invalid(MaintenanceParseResult result)
    {
        if (result.Maintenances.Count == 0)
        {
            return "the notification was recognised but describes no maintenance";
        }

        foreach (var notice in result.Maintenances)
        {
            if (string.IsNullOrWhiteSpace(notice.MaintenanceId))
            {
                return "a maintenance has no maintenance id";
            }

            if (notice.End < notice.Start)
            {
                return $"maintenance {notice.MaintenanceId}: end {notice.End:u} is before start {notice.Start:u}";
            }
        }

        return null;
    }

    private IEnumerable<IMaintenanceParser> Candidates(NotificationDocument document)
    {
        foreach (var parser in calendars)
        {
            yield return parser;
        }

        var bySender = providers.Where(p => p.IsFromSender(document)).ToList();
        foreach (var parser in bySender)
        {
            yield return parser;
        }

        foreach (var parser in providers.Except(bySender).Where(p => p.HasMarker(document)))
        {
            yield return parser;
        }

        foreach (var parser in fallbacks)
        {
            yield return parser;
        }
    }
}
