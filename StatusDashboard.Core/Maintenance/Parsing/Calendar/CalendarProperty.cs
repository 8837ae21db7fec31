namespace StatusDashboard.Core.Maintenance.Parsing.Calendar;

/// <summary>One iCalendar content line: name, parameters (names upper case) and the raw value, still escaped.</summary>
public sealed record CalendarProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value, int Line)
{
    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);

    /// <summary>The value as TEXT: <c>\n</c>, <c>\,</c>, <c>\;</c> and <c>\\</c> unescaped, any other backslash kept.</summary>
    public string Text
    {
        get
        {
            if (!Value.Contains('\\', StringComparison.Ordinal))
            {
                return Value;
            }

            var text = new System.Text.StringBuilder(Value.Length);
            for (var i = 0; i < Value.Length; i++)
            {
                if (Value[i] == '\\' && i + 1 < Value.Length && Value[i + 1] is 'n' or 'N' or ',' or ';' or '\\')
                {
                    i++;
                    text.Append(Value[i] is 'n' or 'N' ? '\n' : Value[i]);
                }
                else
                {
                    text.Append(Value[i]);
                }
            }

            return text.ToString();
        }
    }
}
