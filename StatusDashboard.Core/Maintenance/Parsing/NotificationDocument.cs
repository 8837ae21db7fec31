namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>
/// A received notification decoded once for every parser: who sent it, its subject and date, and its parts by kind
/// (plain-text bodies, HTML bodies, iCalendar texts, other attachments). A raw <c>.ics</c> file is a document with one
/// calendar and nothing else.
/// </summary>
public sealed record NotificationDocument
{
    public string? MessageId { get; init; }

    /// <summary>The sender's address, lower case, e.g. <c>mr@zayo.com</c>.</summary>
    public string? From { get; init; }

    public string Subject { get; init; } = "";

    public DateTimeOffset? Date { get; init; }

    public IReadOnlyList<string> PlainTexts { get; init; } = [];

    public IReadOnlyList<string> Htmls { get; init; } = [];

    public IReadOnlyList<string> Calendars { get; init; } = [];

    public IReadOnlyList<NotificationAttachment> Attachments { get; init; } = [];

    /// <summary>What decoding had to work around, e.g. an attachment left out over the size cap or a charset it did not know.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The domain of <see cref="From"/>, e.g. <c>zayo.com</c>.</summary>
    public string? FromDomain => From is { } address && address.LastIndexOf('@') is var at and >= 0 ? address[(at + 1)..] : null;
}
