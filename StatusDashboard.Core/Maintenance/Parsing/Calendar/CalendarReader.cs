namespace StatusDashboard.Core.Maintenance.Parsing.Calendar;

/// <summary>
/// Reads iCalendar text (RFC 5545) into components and properties, forgiving what real senders get wrong: lines
/// folded without the leading space are joined to the line before, a missing END closes at the end of the text.
/// </summary>
public static class CalendarReader
{
    /// <summary>The top-level components (usually one VCALENDAR), or an error naming the line where the text stops making sense.</summary>
    public static (IReadOnlyList<CalendarComponent> Components, string? Error) Read(string text)
    {
        var roots = new List<CalendarComponent>();
        var open = new Stack<CalendarComponent>();
        foreach (var (line, number) in Unfold(text))
        {
            if (ParseLine(line, number) is not { } property)
            {
                return ([], $"calendar line {number}: '{Shorten(line)}' is not a NAME:VALUE content line");
            }

            switch (property.Name)
            {
                case "BEGIN":
                    var component = new CalendarComponent(property.Value.Trim().ToUpperInvariant(), number);
                    (open.Count > 0 ? open.Peek().Children : roots).Add(component);
                    open.Push(component);
                    break;
                case "END":
                    var name = property.Value.Trim().ToUpperInvariant();
                    if (!open.Any(c => c.Name == name))
                    {
                        return ([], $"calendar line {number}: END:{name} without a matching BEGIN");
                    }

                    while (open.Pop().Name != name)
                    {
                    }

                    break;
                default:
                    if (open.Count == 0)
                    {
                        return ([], $"calendar line {number}: property {property.Name} outside BEGIN:VCALENDAR");
                    }

                    open.Peek().Properties.Add(property);
                    break;
            }
        }

        return roots.Count == 0 ? ([], "the calendar has no BEGIN:VCALENDAR") : (roots, null);
    }

    private static IEnumerable<(string Line, int Number)> Unfold(string text)
    {
        var current = new System.Text.StringBuilder();
        var start = 0;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && (line[0] is ' ' or '\t' || (current.Length > 0 && !LooksLikeContentLine(line))))
            {
                current.Append(line[0] is ' ' or '\t' ? line.AsSpan(1) : line);
                continue;
            }

            if (current.Length > 0)
            {
                yield return (current.ToString(), start);
                current.Clear();
            }

            if (line.Length > 0)
            {
                current.Append(line);
                start = number;
            }
        }

        if (current.Length > 0)
        {
            yield return (current.ToString(), start);
        }
    }

    /// <summary>A name of letters, digits and dashes followed by ':' or ';' — otherwise the line continues a badly folded one.</summary>
    private static bool LooksLikeContentLine(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is ':' or ';')
            {
                return i > 0;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return false;
    }

    private static CalendarProperty? ParseLine(string line, int number)
    {
        var i = 0;
        while (i < line.Length && line[i] is not (';' or ':'))
        {
            i++;
        }

        if (i == 0 || i == line.Length)
        {
            return null;
        }

        var name = line[..i].ToUpperInvariant();
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (line[i] == ';')
        {
            var equals = line.IndexOf('=', i + 1);
            if (equals < 0)
            {
                return null;
            }

            var parameterName = line[(i + 1)..equals];
            i = equals + 1;
            string value;
            if (i < line.Length && line[i] == '"')
            {
                var close = line.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return null;
                }

                value = line[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < line.Length && line[end] is not (';' or ':'))
                {
                    end++;
                }

                value = line[i..end];
                i = end;
            }

            parameters[parameterName] = value;
            if (i >= line.Length)
            {
                return null;
            }
        }

        return new CalendarProperty(name, parameters, line[(i + 1)..], number);
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
