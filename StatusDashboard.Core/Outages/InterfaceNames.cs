namespace StatusDashboard.Core.Outages;

/// <summary>
/// Interface names as one key whichever way they are written: devices log <c>GigabitEthernet0/1</c> where an
/// inventory often says <c>Gi0/1</c>. The key is lower case, without spaces, with the usual abbreviations spelled out.
/// Names of other shapes (<c>xe-0/0/1</c>) are only lower-cased.
/// </summary>
public static class InterfaceNames
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["gi"] = "gigabitethernet",
        ["gig"] = "gigabitethernet",
        ["te"] = "tengigabitethernet",
        ["ten"] = "tengigabitethernet",
        ["tengige"] = "tengigabitethernet",
        ["fo"] = "fortygigabitethernet",
        ["fortygige"] = "fortygigabitethernet",
        ["hu"] = "hundredgige",
        ["fa"] = "fastethernet",
        ["et"] = "ethernet",
        ["eth"] = "ethernet",
        ["po"] = "port-channel",
        ["portchannel"] = "port-channel",
        ["be"] = "bundle-ether",
        ["lo"] = "loopback",
        ["vl"] = "vlan",
    };

    public static string Key(string name)
    {
        var compact = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var letters = 0;
        while (letters < compact.Length && char.IsAsciiLetterLower(compact[letters]))
        {
            letters++;
        }

        return letters < compact.Length && char.IsAsciiDigit(compact[letters]) && Abbreviations.TryGetValue(compact[..letters], out var full)
            ? full + compact[letters..]
            : compact;
    }
}
