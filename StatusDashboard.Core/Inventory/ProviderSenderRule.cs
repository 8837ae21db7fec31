namespace StatusDashboard.Core.Inventory;

/// <summary>
/// What a provider's sender may be, for the catalog's providers section and the inventory administration alike: an
/// address with a domain (noc@example.net) or a domain alone (example.net), at most <see cref="MaxLength"/> characters.
/// </summary>
public static class ProviderSenderRule
{
    public const int MaxLength = 320;

    /// <summary>Whether <paramref name="text"/> is an address with a domain or a domain alone, without white space.</summary>
    public static bool IsValid(string text)
    {
        var at = text.LastIndexOf('@');
        var domain = at >= 0 ? text[(at + 1)..] : text;
        return at != 0 && domain.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(domain) == UriHostNameType.Dns && !text.Any(char.IsWhiteSpace);
    }
}
