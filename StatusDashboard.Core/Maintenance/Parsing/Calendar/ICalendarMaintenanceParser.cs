using System.Globalization;
using StatusDashboard.Core.Maintenance.Parsing.Support;

namespace StatusDashboard.Core.Maintenance.Parsing.Calendar;

/// <summary>
/// The maintenance-notification iCalendar format (the BCOP draft): every VEVENT that carries X-MAINTNOTE properties is
/// one maintenance, whether the calendar is the whole input, a text/calendar part or an attached <c>.ics</c>. Calendars
/// without X-MAINTNOTE properties (plain meeting invitations) are left to the other parsers.
/// </summary>
public sealed class ICalendarMaintenanceParser : IMaintenanceParser
{
    public const string ParserName = "ical";

    private const string Prefix = "X-MAINTNOTE-";

    public string Name => ParserName;

    public MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        var maintenances = new List<MaintenanceNotice>();
        var claimed = false;
        for (var index = 0; index < document.Calendars.Count; index++)
        {
            var text = document.Calendars[index];
            if (!text.Contains(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            claimed = true;
            var where = document.Calendars.Count == 1 ? "calendar" : $"calendar {index + 1}";
            var (components, error) = CalendarReader.Read(text);
            if (error is not null)
            {
                return MaintenanceParseResult.Failed(Name, $"{where}: {error}");
            }

            foreach (var vevent in components.SelectMany(c => c.Name == "VEVENT" ? [c] : c.Descendants("VEVENT")))
            {
                if (!vevent.Properties.Exists(p => p.Name.StartsWith(Prefix, StringComparison.Ordinal)))
                {
                    continue;
                }

                var (notice, eventError) = ReadEvent(vevent, context);
                if (eventError is not null)
                {
                    return MaintenanceParseResult.Failed(Name, $"{where}, VEVENT at line {vevent.Line}: {eventError}");
                }

                maintenances.Add(notice!);
            }
        }

        if (!claimed)
        {
            return null;
        }

        return maintenances.Count == 0
            ? MaintenanceParseResult.Failed(Name, "the calendar has no VEVENT with X-MAINTNOTE properties")
            : new MaintenanceParseResult(maintenances, Name, 1.0);
    }

    private static (MaintenanceNotice? Notice, string? Error) ReadEvent(CalendarComponent vevent, ParseContext context)
    {
        var missing = new[] { "DTSTART", "DTEND", "DTSTAMP", Prefix + "ACCOUNT", Prefix + "MAINTENANCE-ID", Prefix + "STATUS" }
            .Where(name => string.IsNullOrWhiteSpace(vevent.First(name)?.Value))
            .ToList();
        var provider = vevent.First(Prefix + "PROVIDER")?.Text ?? context.ProviderName;
        if (string.IsNullOrWhiteSpace(provider))
        {
            missing.Add(Prefix + "PROVIDER");
        }

        if (missing.Count > 0)
        {
            return (null, $"required {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing");
        }

        var statusText = vevent.First(Prefix + "STATUS")!.Value;
        if (!MaintenanceStatusNames.TryParseStatus(statusText, out var status))
        {
            return (null, $"{Prefix}STATUS '{statusText}' is not one of TENTATIVE, CONFIRMED, CANCELLED, IN-PROCESS, COMPLETED, RE-SCHEDULED, NO-CHANGE");
        }

        var impact = CircuitImpactLevel.Outage;
        if (vevent.First(Prefix + "IMPACT") is { } impactProperty && !MaintenanceStatusNames.TryParseImpact(impactProperty.Value, out impact))
        {
            return (null, $"{Prefix}IMPACT '{impactProperty.Value}' is not one of NO-IMPACT, REDUCED-REDUNDANCY, DEGRADED, OUTAGE");
        }

        var circuits = new List<AffectedCircuit>();
        foreach (var objectId in vevent.All(Prefix + "OBJECT-ID"))
        {
            var objectImpact = impact;
            if (objectId.Parameter(Prefix + "OBJECT-IMPACT") is { } text && !MaintenanceStatusNames.TryParseImpact(text, out objectImpact))
            {
                return (null, $"{Prefix}OBJECT-ID at line {objectId.Line}: impact '{text}' is not one of NO-IMPACT, REDUCED-REDUNDANCY, DEGRADED, OUTAGE");
            }

            circuits.Add(new AffectedCircuit(objectId.Text.Trim(), objectImpact));
        }

        var times = new Dictionary<string, DateTimeOffset>();
        foreach (var name in new[] { "DTSTART", "DTEND", "DTSTAMP" })
        {
            var property = vevent.First(name)!;
            if (ReadTime(property, context.DefaultTimeZone) is not { } time)
            {
                return (null, $"{name} '{property.Value}' is not an iCalendar date-time");
            }

            times[name] = time;
        }

        if (times["DTEND"] < times["DTSTART"])
        {
            return (null, $"DTEND {times["DTEND"]:u} is before DTSTART {times["DTSTART"]:u}");
        }

        var sequence = 1;
        if (vevent.First("SEQUENCE") is { } sequenceProperty && !int.TryParse(sequenceProperty.Value.Trim(), CultureInfo.InvariantCulture, out sequence))
        {
            return (null, $"SEQUENCE '{sequenceProperty.Value}' is not a whole number");
        }

        return (new MaintenanceNotice
        {
            Provider = provider!,
            Account = vevent.First(Prefix + "ACCOUNT")!.Text,
            MaintenanceId = vevent.First(Prefix + "MAINTENANCE-ID")!.Text,
            Status = status,
            Start = times["DTSTART"],
            End = times["DTEND"],
            Stamp = times["DTSTAMP"],
            Sequence = sequence,
            Summary = vevent.First("SUMMARY")?.Text ?? "",
            Organizer = vevent.First("ORGANIZER")?.Text ?? "",
            Uid = vevent.First("UID")?.Text ?? "0",
            Circuits = circuits,
        }, null);
    }

    private static readonly string[] Formats = ["yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmm", "yyyyMMdd"];

    /// <summary>A DATE or DATE-TIME value: UTC with a trailing Z, else in its TZID, else in the provider's (or UTC) zone.</summary>
    internal static DateTimeOffset? ReadTime(CalendarProperty property, TimeZoneInfo? defaultZone)
    {
        var value = property.Value.Trim();
        var utc = value.EndsWith('Z') || value.EndsWith('z');
        if (utc)
        {
            value = value[..^1];
        }

        if (!DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        if (utc)
        {
            return new DateTimeOffset(time, TimeSpan.Zero);
        }

        var zone = TimeZones.Find(property.Parameter("TZID")) ?? defaultZone ?? TimeZoneInfo.Utc;
        return TimeZones.ToUtc(time, zone);
    }
}
