using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// Recognises link up/down messages in the formats network devices log them: Cisco IOS and IOS-XE
/// (<c>%LINK-3-UPDOWN</c>, <c>%LINEPROTO-5-UPDOWN</c>, <c>%LINK-5-CHANGED … administratively down</c>), IOS-XR
/// (<c>%PKT_INFRA-LINK-3-UPDOWN</c>, <c>%PKT_INFRA-LINEPROTO-5-UPDOWN</c>), NX-OS (<c>%ETHPORT-5-IF_DOWN_*</c>,
/// <c>%ETHPORT-5-IF_UP</c>), Junos (<c>SNMP_TRAP_LINK_DOWN</c>/<c>_UP</c> with <c>ifName</c>), Arista EOS (the Cisco
/// codes, logged by <c>Ebra</c>, with the interface description in brackets) and Huawei VRP (<c>IFNET/…/IF_STATE</c>,
/// <c>IFNET/…/linkDown_active</c>, whose <c>_clear</c> means the link is back). Most lines of a log are none of these; a cheap scan for the codes turns them away before
/// any pattern runs. The patterns have no nested repetition, so a hostile line costs time linear in its length.
/// </summary>
public static partial class LinkMessageRecognizer
{
    private static readonly string[] CodeList = ["UPDOWN", "-CHANGED", "ETHPORT-", "SNMP_TRAP_LINK_", "IFNET/"];

    private static readonly SearchValues<string> Codes = SearchValues.Create(CodeList, StringComparison.Ordinal);

    private static readonly byte[][] Utf8Codes = [.. CodeList.Select(Encoding.UTF8.GetBytes)];

    /// <summary>
    /// The same cheap scan on a line's UTF-8 bytes, before it is decoded: false means <see cref="Recognize"/> would
    /// return null, so a log file reader need not build the string (the codes are ASCII, which decoding keeps as is).
    /// </summary>
    public static bool MayBeLinkChange(ReadOnlySpan<byte> utf8Line)
    {
        foreach (var code in Utf8Codes)
        {
            if (utf8Line.IndexOf(code) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static LinkMessage? Recognize(string message)
    {
        if (message.AsSpan().IndexOfAny(Codes) < 0)
        {
            return null;
        }

        return Cisco(message) ?? NxOs(message) ?? Junos(message) ?? Huawei(message);
    }

    private static LinkMessage? Cisco(string message)
    {
        var match = CiscoPattern().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var state = match.Groups["state"].Value;
        var administrative = state.StartsWith("admin", StringComparison.OrdinalIgnoreCase);
        if (!administrative && !state.Equals("up", StringComparison.OrdinalIgnoreCase) && !state.Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var vendor = match.Groups["xr"].Success ? "cisco-iosxr" : message.Contains("Ebra", StringComparison.Ordinal) ? "arista-eos" : "cisco-ios";
        return new LinkMessage(match.Groups["if"].Value, administrative || state.Equals("down", StringComparison.OrdinalIgnoreCase) ? LinkState.Down : LinkState.Up,
            administrative, vendor);
    }

    private static LinkMessage? NxOs(string message)
    {
        var match = NxOsPattern().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var down = match.Groups["code"].Value.StartsWith("IF_DOWN", StringComparison.Ordinal);
        var administrative = down && (match.Groups["code"].Value == "IF_DOWN_ADMIN_DOWN"
            || match.Groups["why"].Value.Contains("administratively down", StringComparison.OrdinalIgnoreCase));
        return new LinkMessage(match.Groups["if"].Value, down ? LinkState.Down : LinkState.Up, administrative, "cisco-nxos");
    }

    private static LinkMessage? Junos(string message)
    {
        var match = JunosPattern().Match(message);
        if (!match.Success || JunosName().Match(message, match.Index) is not { Success: true } name)
        {
            return null;
        }

        var down = match.Groups["state"].Value == "DOWN";
        var admin = JunosAdmin().Match(message, match.Index);
        var administrative = down && admin.Success && admin.Groups["status"].Value.Equals("down", StringComparison.OrdinalIgnoreCase);
        return new LinkMessage(name.Groups["if"].Value, down ? LinkState.Down : LinkState.Up, administrative, "junos");
    }

    private static LinkMessage? Huawei(string message)
    {
        if (HuaweiStatePattern().Match(message) is { Success: true } state)
        {
            var down = state.Groups["state"].Value.Equals("DOWN", StringComparison.OrdinalIgnoreCase);
            return new LinkMessage(state.Groups["if"].Value, down ? LinkState.Down : LinkState.Up, false, "huawei-vrp");
        }

        if (HuaweiTrapPattern().Match(message) is not { Success: true } trap || HuaweiName().Match(message, trap.Index) is not { Success: true } name)
        {
            return null;
        }

        var linkDown = trap.Groups["state"].Value.Equals("linkDown", StringComparison.OrdinalIgnoreCase) != trap.Groups["clear"].Success;
        var admin = HuaweiAdmin().Match(message, trap.Index);
        var administrative = linkDown && admin.Success && admin.Groups["status"].Value.Equals("DOWN", StringComparison.OrdinalIgnoreCase);
        return new LinkMessage(name.Groups["if"].Value.Trim(), linkDown ? LinkState.Down : LinkState.Up, administrative, "huawei-vrp");
    }

    [GeneratedRegex(
        @"%(?<xr>PKT_INFRA-)?(?:LINK-\d-(?:UPDOWN|CHANGED)|LINEPROTO-\d-UPDOWN) ?: (?:Line protocol on )?Interface (?<if>[^\s,()]{1,100})(?: \([^)]{0,200}\))?, changed state to (?<state>administratively down|up|down)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CiscoPattern();

    [GeneratedRegex(
        @"%ETHPORT-\d-(?<code>IF_DOWN_[A-Z_]{1,60}|IF_UP): Interface (?<if>[^\s,()]{1,100}) is (?:down|up)(?: \((?<why>[^)]{0,200})\))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex NxOsPattern();

    [GeneratedRegex(@"SNMP_TRAP_LINK_(?<state>DOWN|UP)\b", RegexOptions.CultureInvariant)]
    private static partial Regex JunosPattern();

    [GeneratedRegex(@"\bifName (?<if>[^\s,]{1,100})", RegexOptions.CultureInvariant)]
    private static partial Regex JunosName();

    [GeneratedRegex(@"\bifAdminStatus (?<status>[a-z]{1,20})\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JunosAdmin();

    [GeneratedRegex(
        @"IFNET/\d/IF_STATE(?:\([a-z]\))?(?:\[\d{1,10}\])?: ?Interface (?<if>[^\s,()]{1,100}) has turned into (?<state>UP|DOWN) state",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HuaweiStatePattern();

    [GeneratedRegex(@"IFNET/\d/(?<state>linkDown|linkUp)(?:_active|(?<clear>_clear))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HuaweiTrapPattern();

    [GeneratedRegex(@"\bifName=(?<if>[^,;)]{1,100})", RegexOptions.CultureInvariant)]
    private static partial Regex HuaweiName();

    [GeneratedRegex(@"\bAdminStatus=(?<status>[A-Za-z]{1,20})", RegexOptions.CultureInvariant)]
    private static partial Regex HuaweiAdmin();
}
