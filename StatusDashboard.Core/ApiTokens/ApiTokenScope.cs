namespace StatusDashboard.Core.ApiTokens;

/// <summary>
/// What an API token may do. Read: the API's non-public reads (an incident with the version an edit must carry).
/// Write: those reads plus every write. The public read APIs need no token at all.
/// </summary>
public enum ApiTokenScope
{
    Read,
    Write,
}
