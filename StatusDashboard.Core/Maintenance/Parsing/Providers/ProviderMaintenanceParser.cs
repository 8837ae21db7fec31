namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>
/// A parser for one provider's own e-mails. The chain asks it when the sender is one of <see cref="Senders"/>, or, for a
/// notification forwarded or stripped of its sender, when the text carries one of <see cref="Markers"/>.
/// </summary>
public abstract class ProviderMaintenanceParser : IMaintenanceParser
{
    public abstract string Name { get; }

    /// <summary>Sender addresses (<c>mr@zayo.com</c>) or domains (<c>zayo.com</c>, subdomains included).</summary>
    protected abstract IReadOnlyList<string> Senders { get; }

    /// <summary>Phrases only this provider's notifications carry in their subject or body, matched ignoring case.</summary>
    protected virtual IReadOnlyList<string> Markers => [];

    public bool IsFromSender(NotificationDocument document)
    {
        if (document.From is not { } from || document.FromDomain is not { } domain)
        {
            return false;
        }

        foreach (var sender in Senders)
        {
            if (sender.Contains('@', StringComparison.Ordinal)
                ? string.Equals(from, sender, StringComparison.OrdinalIgnoreCase)
                : string.Equals(domain, sender, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + sender, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasMarker(NotificationDocument document)
    {
        foreach (var marker in Markers)
        {
            if (document.Subject.Contains(marker, StringComparison.OrdinalIgnoreCase)
                || document.Htmls.Any(h => h.Contains(marker, StringComparison.OrdinalIgnoreCase))
                || document.PlainTexts.Any(t => t.Contains(marker, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    public abstract MaintenanceParseResult? TryParse(NotificationDocument document, ParseContext context);

    /// <summary>The provider's usual notification address, the organizer when the notification names none.</summary>
    protected abstract string Organizer { get; }

    /// <summary>How sure a successful parse by this provider's own parser is.</summary>
    protected virtual double Confidence => 0.95;

    /// <summary>A notice with this provider's defaults: its name, organizer, and the message date as stamp.</summary>
    protected MaintenanceNotice Notice(NotificationDocument document) => new()
    {
        Provider = Name,
        Account = "",
        MaintenanceId = "",
        Status = MaintenanceStatus.Confirmed,
        Start = DateTimeOffset.UnixEpoch,
        End = DateTimeOffset.UnixEpoch,
        Stamp = document.Date ?? DateTimeOffset.UnixEpoch,
        Organizer = Organizer,
    };

    protected MaintenanceParseResult Parsed(params IEnumerable<MaintenanceNotice> notices) => new(notices.ToList(), Name, Confidence);

    protected MaintenanceParseResult Failed(string error) => MaintenanceParseResult.Failed(Name, $"{Name}: {error}");

    /// <summary>
    /// The notification lacks what every notice of this provider has: an error when the provider sent it, else no answer,
    /// so that a notification that merely mentions the provider (one of its markers) goes on to the next parser.
    /// </summary>
    protected MaintenanceParseResult? NotRecognised(NotificationDocument document, string error) => IsFromSender(document) ? Failed(error) : null;
}
