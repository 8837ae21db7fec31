namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>A date, a time, or both, found at <see cref="Index"/>..<see cref="End"/> of a text, with the zone written next to it.</summary>
internal sealed record DateMention(int Index, int End, DateParts? Date, TimeOnly? Time, ZoneRef? Zone);
