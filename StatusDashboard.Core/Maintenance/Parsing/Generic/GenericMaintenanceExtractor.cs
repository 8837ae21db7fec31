using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Reads maintenance notifications from providers that have no parser of their own, guided by the operator's
/// circuit inventory: it finds the known circuit ids anywhere in the message, the window (dates and times in many
/// formats and zones, labelled or as ranges, several windows giving several maintenances), the maintenance id
/// (ticket, reference, change numbers) and the status wording. Its confidence says how much of that it found in a
/// labelled, unambiguous form; a notification without a window, an id or (unless it cancels or completes) a circuit is
/// answered with an error naming what is missing rather than a guess. It answers null only for a message that speaks
/// of no maintenance at all and names no known circuit.
/// </summary>
public sealed partial class GenericMaintenanceExtractor : IMaintenanceParser
{
    public const string ParserName = "generic";

    public string Name => ParserName;

    [GeneratedRegex(@"\b(?:maint[ae]n[ae]nce|maint\b|outage|planned\s+work|works\b|upgrade|migration|downtime|change\s+(?:request|notification|ticket)|scheduled\s+work|emergency\s+work|interruption|x-maintnote)", RegexOptions.IgnoreCase)]
    private static partial Regex MaintenanceWords();

    [GeneratedRegex(@"^(?:customer|customer\s+name|client|account|account\s+name|account\s+(?:number|no\.?|#)|company|company\s+name|x-maintnote-account)$", RegexOptions.IgnoreCase)]
    private static partial Regex AccountLabel();

    [GeneratedRegex(@"^(?:summary|subject|description(?:\s+of\s+(?:work|maintenance))?|reason(?:\s+for\s+maintenance)?|purpose|activity|work\s+description)$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLabel();

    public MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context)
    {
        // A calendar alone with several events announces several maintenances: each event is read on its own.
        var events = document.Calendars.SelectMany(NotificationText.Events).ToList();
        if (events.Count < 2 || document.PlainTexts.Count > 0 || document.Htmls.Count > 0)
        {
            return ParseOne(document, context);
        }

        var results = events.Select(calendar => ParseOne(document with { Calendars = [calendar] }, context)).OfType<MaintenanceParseResult>().ToList();
        if (results.Count == 0)
        {
            return null;
        }

        var read = results.Where(result => result.Error is null).ToList();
        return read.Count == 0
            ? results[0]
            : new MaintenanceParseResult(read.SelectMany(result => result.Maintenances).ToList(), Name, read.Min(result => result.Confidence));
    }

    private MaintenanceParseResult? ParseOne(NotificationDocument document, ParseContext context)
    {
        var lines = NotificationText.Lines(document);
        var fields = LabelledFields.Find(lines);
        var circuits = CircuitFinder.Find(lines, fields, context.KnownCircuits, out var fromInventory);
        if (!fromInventory && !lines.Any(line => MaintenanceWords().IsMatch(line.Text)))
        {
            return null;
        }

        var reference = document.Date ?? DateTimeOffset.UnixEpoch;
        var windows = WindowFinder.Find(lines.Where(line => !line.Supplementary).ToList(), reference, context.DefaultTimeZone) is { Count: > 0 } fromMessage
            ? fromMessage
            : WindowFinder.Find(lines, reference, context.DefaultTimeZone);
        if (windows.Count == 0)
        {
            return MaintenanceParseResult.Failed(Name, "no maintenance window found: no start and end date with time in the subject, body or attachments");
        }

        var id = MaintenanceIdFinder.Find(lines, fields, context.KnownCircuits);
        if (id is null)
        {
            return MaintenanceParseResult.Failed(Name, "no maintenance id found: no ticket, reference, change or maintenance number in the subject or body");
        }

        var (status, stated) = StatusFinder.Find(lines, fields);
        if (circuits.Count == 0 && status is not (MaintenanceStatus.Cancelled or MaintenanceStatus.Completed))
        {
            return MaintenanceParseResult.Failed(
                Name,
                $"no affected circuit found: none of the {context.KnownCircuits.Count} known circuit ids and no value under a circuit or service label");
        }

        var provider = context.ProviderName ?? ProviderOf(document.FromDomain) ?? "unknown";
        var account = fields.FirstOrDefault(field => AccountLabel().IsMatch(field.Label))?.Value ?? "";
        var summary = fields.FirstOrDefault(field => SummaryLabel().IsMatch(field.Label))?.Value ?? document.Subject;
        var maintenances = windows
            .Select(window => new MaintenanceNotice
            {
                Provider = provider,
                Account = account,
                MaintenanceId = id.Id,
                Status = status,
                Start = window.Start,
                End = window.End,
                Stamp = document.Date ?? window.Start,
                Summary = summary,
                Organizer = document.From ?? "",
                Circuits = circuits,
            })
            .ToList();
        return new MaintenanceParseResult(maintenances, Name, Confidence(fromInventory, circuits.Count > 0, windows, id, stated));
    }

    /// <summary>
    /// How sure the reading is: a known circuit and a labelled window with a written zone and a labelled id make a
    /// confident result; circuits only guessed from labels, a window from running text, an assumed zone or a weakly
    /// labelled id each take some away. Never 1: no generic reading is certain.
    /// </summary>
    private static double Confidence(bool fromInventory, bool anyCircuit, IReadOnlyList<MaintenanceWindow> windows, MaintenanceIdFinder.Found id, bool stated)
    {
        var confidence = 0.1;
        confidence += fromInventory ? 0.35 : anyCircuit ? 0.1 : 0.2;
        confidence += windows.All(window => window.Labelled) ? 0.2 : 0.12;
        confidence += windows.All(window => window.ZoneWritten) ? 0.1 : 0;
        confidence += id.Score >= 4 ? 0.15 : id.Score >= 3 ? 0.1 : 0.05;
        confidence += stated ? 0.05 : 0;
        return Math.Round(Math.Min(confidence, 0.95), 2);
    }

    /// <summary>The provider's name from the sender's domain: <c>team.telstra.com</c> → <c>telstra</c>, <c>colt.co.uk</c> → <c>colt</c>.</summary>
    internal static string? ProviderOf(string? domain)
    {
        if (string.IsNullOrEmpty(domain))
        {
            return null;
        }

        var labels = domain.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2)
        {
            return labels.FirstOrDefault();
        }

        var secondLevel = labels[^2];
        var countryCode = labels[^1].Length == 2 && secondLevel is "co" or "com" or "net" or "org" or "ac" or "gov" or "ne" or "or";
        return countryCode && labels.Length >= 3 ? labels[^3] : secondLevel;
    }
}
