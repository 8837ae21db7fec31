namespace StatusDashboard.Core.Outages.Intervals;

/// <summary>
/// A stretch of time, start included and end excluded. An outage still going on ends at
/// <see cref="DateTimeOffset.MaxValue"/> until it is closed.
/// </summary>
public readonly record struct TimeInterval
{
    public TimeInterval(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentException($"an interval cannot end ({end:O}) before it starts ({start:O})", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateTimeOffset Start { get; }
    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    public bool IsEmpty => End == Start;

    public bool Overlaps(TimeInterval other) => Start < other.End && other.Start < End;

    public TimeInterval Clip(TimeInterval bounds) =>
        new(Max(Start, bounds.Start), Max(Max(Start, bounds.Start), Min(End, bounds.End)));

    public override string ToString() => $"{Start:u} – {(End == DateTimeOffset.MaxValue ? "open" : End.ToString("u"))}";

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
