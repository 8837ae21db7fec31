using System.Net;
using System.Text.RegularExpressions;

namespace StatusDashboard.Tests.Security;

/// <summary>Reads a server-rendered form's hidden fields (antiforgery token, Blazor's form handler) so a test can post it.</summary>
public static partial class HtmlForm
{
    public static Dictionary<string, string> HiddenFields(string html) =>
        HiddenInput().Matches(html).ToDictionary(match => match.Groups["name"].Value, match => WebUtility.HtmlDecode(match.Groups["value"].Value));

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();
}
