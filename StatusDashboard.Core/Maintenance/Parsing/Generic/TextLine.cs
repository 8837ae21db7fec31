namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>
/// One line of a notification as the generic extractor reads it: a table row keeps its cells apart, any other line is
/// one cell. <see cref="Row"/> is the index of this line within its table (-1 outside a table), so a value can be
/// read under its column header.
/// </summary>
internal sealed record TextLine(IReadOnlyList<string> Cells, int Table = -1, int Row = -1)
{
    public string Text { get; } = string.Join(" | ", Cells);

    public bool IsSubject { get; init; }

    /// <summary>From a calendar or an attachment: it adds circuits and details, but the message's own text gives the window first.</summary>
    public bool Supplementary { get; init; }

    public static TextLine Of(string text) => new([text]);
}
