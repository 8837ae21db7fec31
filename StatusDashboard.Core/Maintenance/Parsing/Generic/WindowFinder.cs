using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// Finds the maintenance windows of a notification: values under start and end labels or columns ("Start time:",
/// "End Date &amp; Time", a "Start | End" table header, a separate start date and start time), and ranges written on one
/// line ("from X to Y", "X - Y", "X to Y (GMT)", an end time alone meaning the same day, or the next day when it is
/// earlier). Times without a zone take the zone written in their label or column, else the provider's default zone,
/// else UTC. Labelled windows win over ranges in running text; windows with a written zone win over assumed ones; a
/// window marked as the original or previous one gives way to the others.
/// </summary>
internal static partial class WindowFinder
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(45);
    private static readonly TimeSpan SameWindowTolerance = TimeSpan.FromMinutes(5);

    [GeneratedRegex(@"^\s*(?:-|–|—|~|→|to|until|till|through|thru|and)\s*(?:[^\d\s]{1,12},?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeGlue();

    [GeneratedRegex(@"\b(?:start\w*|begin\w*|commenc\w*|from|dtstart)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartLabel();

    [GeneratedRegex(@"\b(?:end|ends|ending|finish\w*|until|completion|stop|dtend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndLabel();

    [GeneratedRegex(@"\b(?:sent|issued|created|updated?|updates|modified|posted|received|reported|printed|generated|published|last|notified|notice date|date of notice|dtstamp|last-modified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAWindowLabel();

    [GeneratedRegex(@"\b(?:original(?:ly)?|previous(?:ly)?|old|prior|initial(?:ly)?|formerly|was scheduled|backup|back-up|alternat\w*|fallback|contingency|reserve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superseded();

    [GeneratedRegex(@"\p{L}\p{L}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:duration|downtime|outage|last(?:s|ing)?|take\s+(?:up\s+to|approximately|about))\b[^.\n\d]{0,40}?(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>minutes?|mins?|hours?|hrs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    private enum Role
    {
        None,
        Start,
        End,
        Excluded,
    }

    private sealed record Cell(int Line, int Index, string Text, IReadOnlyList<DateMention> Mentions);

    private sealed record Labelled(Role Role, DateMention Mention, ZoneRef? LabelZone, bool Superseded);

    private sealed record Candidate(MaintenanceWindow Window, bool Superseded);

    public static IReadOnlyList<MaintenanceWindow> Find(IReadOnlyList<TextLine> lines, DateTimeOffset reference, TimeZoneInfo? defaultZone)
    {
        var cells = new List<Cell>();
        for (var line = 0; line < lines.Count; line++)
        {
            for (var index = 0; index < lines[line].Cells.Count; index++)
            {
                var text = lines[line].Cells[index];
                cells.Add(new Cell(line, index, text, DateScanner.Scan(text)));
            }
        }

        var dated = cells.Where(cell => cell.Mentions.Count > 0).Select(cell => cell.Line).ToHashSet();
        var dates = cells.SelectMany(cell => cell.Mentions).Select(mention => mention.Date).OfType<DateParts>().ToList();
        var dayFirst = DayOrder.IsDayFirst(dates, reference);
        var knownYears = dates
            .Where(date => date.Year is not null)
            .Select(date => date.Resolve(dayFirst, reference))
            .OfType<DateOnly>()
            .DistinctBy(date => (date.Month, date.Day))
            .ToDictionary(date => (date.Month, date.Day), date => date.Year);
        var reader = new InstantReader(dayFirst, reference, defaultZone, knownYears);
        var ranges = new List<Candidate>();
        var labelled = new List<Labelled>();
        DateOnly? lastDate = null;
        var (lastRangeLine, lastRangeLabel) = (-2, "");

        foreach (var cell in cells)
        {
            var inRange = new HashSet<DateMention>();
            for (var m = 0; m + 1 < cell.Mentions.Count; m++)
            {
                var (first, second) = (cell.Mentions[m], cell.Mentions[m + 1]);
                if (!RangeGlue().IsMatch(cell.Text[first.End..second.Index]) || (first.Time is null && second.Time is null))
                {
                    continue;
                }

                var label = LabelOf(lines, dated, cell, first.Index);
                if (label.Length == 0 && cell.Line <= lastRangeLine + 1)
                {
                    // The same window in another zone on the next line, under the same label.
                    label = lastRangeLabel;
                }

                (lastRangeLine, lastRangeLabel) = (cell.Line, label);
                inRange.Add(first);
                inRange.Add(second);
                if (NotAWindowLabel().IsMatch(label))
                {
                    continue;
                }

                var zone = LabelZone(label);
                if (reader.Window(first, second, zone, lastDate, labelled: false) is { } window)
                {
                    ranges.Add(new Candidate(window, Superseded().IsMatch(label) || Superseded().IsMatch(cell.Text)));
                }
            }

            foreach (var mention in cell.Mentions)
            {
                if (inRange.Contains(mention))
                {
                    continue;
                }

                var label = LabelOf(lines, dated, cell, mention.Index);
                var role = RoleOf(label);
                if (role != Role.None && role != Role.Excluded)
                {
                    labelled.Add(new Labelled(role, mention, LabelZone(label), Superseded().IsMatch(label)));
                }
                else if (role == Role.None && mention is { Date: not null, Time: null })
                {
                    lastDate = reader.Date(mention);
                }
            }
        }

        var candidates = Pair(labelled, reader, lastDate);
        if (candidates.Count == 0)
        {
            candidates = ranges;
        }

        return Choose(candidates) is { Count: > 0 } windows ? windows : StartAndDuration(lines, cells, labelled, reader);
    }

    /// <summary>
    /// No end written, but one start ("at 2024-01-31 18:00 UTC", or a start label) and a duration ("expected downtime
    /// will be approximately 60 minutes"): the window is the start plus the duration.
    /// </summary>
    private static List<MaintenanceWindow> StartAndDuration(IReadOnlyList<TextLine> lines, List<Cell> cells, List<Labelled> labelled, InstantReader reader)
    {
        var duration = lines.Select(line => Duration().Match(line.Text)).FirstOrDefault(match => match.Success);
        if (duration is null)
        {
            return [];
        }

        var starts = labelled.Where(item => item.Role == Role.Start).Select(item => reader.At(item.Mention, item.LabelZone)).OfType<(DateTimeOffset Instant, bool ZoneWritten)>().ToList();
        if (starts.Count == 0)
        {
            starts = cells.SelectMany(cell => cell.Mentions).Select(mention => reader.At(mention, null)).OfType<(DateTimeOffset Instant, bool ZoneWritten)>().ToList();
        }

        var distinct = starts.DistinctBy(start => start.Instant).ToList();
        if (distinct.Count != 1)
        {
            return [];
        }

        var amount = double.Parse(duration.Groups["n"].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        var length = duration.Groups["unit"].Value.StartsWith('m') ? TimeSpan.FromMinutes(amount) : TimeSpan.FromHours(amount);
        var (instant, written) = distinct[0];
        return length > TimeSpan.Zero && length <= LongestWindow ? [new MaintenanceWindow(instant, instant + length, written, Labelled: false)] : [];
    }

    private static List<Candidate> Pair(List<Labelled> labelled, InstantReader reader, DateOnly? lastDate)
    {
        var merged = new List<Labelled>();
        foreach (var item in labelled)
        {
            // "Start Date: …" and "Start Time: …" written apart make one start.
            if (merged.Count > 0 && merged[^1] is var previous && previous.Role == item.Role
                && (previous.Mention.Time is null) != (item.Mention.Time is null)
                && (previous.Mention.Date is null) != (item.Mention.Date is null))
            {
                var (date, time) = previous.Mention.Time is null ? (previous.Mention, item.Mention) : (item.Mention, previous.Mention);
                merged[^1] = previous with
                {
                    Mention = new DateMention(date.Index, date.End, date.Date, time.Time, time.Zone ?? date.Zone),
                    LabelZone = previous.LabelZone ?? item.LabelZone,
                };
                continue;
            }

            merged.Add(item);
        }

        // Each start pairs with the next end; an end written before its start pairs with the start that follows.
        var windows = new List<Candidate>();
        Labelled? pending = null;
        foreach (var item in merged)
        {
            if (pending is null || pending.Role == item.Role)
            {
                pending = item;
                continue;
            }

            var (start, end) = pending.Role == Role.Start ? (pending, item) : (item, pending);
            if (reader.Window(start.Mention, end.Mention, start.LabelZone ?? end.LabelZone, lastDate, labelled: true) is { } window)
            {
                windows.Add(new Candidate(window, start.Superseded || end.Superseded));
            }

            pending = null;
        }

        return windows;
    }

    private static List<MaintenanceWindow> Choose(List<Candidate> candidates)
    {
        var valid = candidates.Where(candidate => candidate.Window.End > candidate.Window.Start && candidate.Window.End - candidate.Window.Start <= LongestWindow).ToList();
        if (valid.Any(candidate => !candidate.Superseded))
        {
            valid = valid.Where(candidate => !candidate.Superseded).ToList();
        }

        if (valid.Any(candidate => candidate.Window.ZoneWritten))
        {
            valid = valid.Where(candidate => candidate.Window.ZoneWritten).ToList();
        }

        // One window written in two zones can differ by a minute or so (00:01 Pacific next to 07:00 GMT): keep one,
        // the one written in UTC when there is one.
        var chosen = new List<MaintenanceWindow>();
        foreach (var window in valid.Select(candidate => candidate.Window).OrderByDescending(window => window.InUtc))
        {
            if (!chosen.Any(other => Near(other.Start, window.Start) && Near(other.End, window.End)))
            {
                chosen.Add(window);
            }
        }

        return chosen.OrderBy(window => window.Start).ToList();
    }

    private static bool Near(DateTimeOffset a, DateTimeOffset b) => (a - b).Duration() <= SameWindowTolerance;

    private static Role RoleOf(string label)
    {
        if (label.Length == 0)
        {
            return Role.None;
        }

        if (NotAWindowLabel().IsMatch(label))
        {
            return Role.Excluded;
        }

        var start = StartLabel().IsMatch(label);
        var end = EndLabel().IsMatch(label);
        return start == end ? Role.None : start ? Role.Start : Role.End;
    }

    private static ZoneRef? LabelZone(string label) => TimeZoneNames.Find(label).LastOrDefault()?.Zone;

    /// <summary>
    /// What names the value at <paramref name="position"/> of a cell: the words before it in the cell, else its
    /// column's header, else the cell before it on the line, else the line before when that line holds no date.
    /// </summary>
    private static string LabelOf(IReadOnlyList<TextLine> lines, HashSet<int> dated, Cell cell, int position)
    {
        var before = cell.Text[..position];
        var previousMention = cell.Mentions.LastOrDefault(mention => mention.End <= position);
        if (previousMention is not null)
        {
            before = cell.Text[previousMention.End..position];
        }

        if (Words().IsMatch(before))
        {
            return before;
        }

        if (previousMention is not null)
        {
            return "";
        }

        var line = lines[cell.Line];
        if (TableHeader.Of(lines, cell.Line) is { } header && TableHeader.Cell(header, line, cell.Index) is { } column && Words().IsMatch(column))
        {
            return column;
        }

        for (var index = cell.Index - 1; index >= 0; index--)
        {
            if (line.Cells[index].Length > 0)
            {
                return line.Cells[index].Length <= 80 ? line.Cells[index] : "";
            }
        }

        if (cell.Line > 0 && lines[cell.Line - 1] is { IsSubject: false } previousLine && previousLine.Text.Length <= 80
            && !dated.Contains(cell.Line - 1))
        {
            return previousLine.Text;
        }

        return "";
    }
}
