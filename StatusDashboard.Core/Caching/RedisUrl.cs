using System.Globalization;

namespace StatusDashboard.Core.Caching;

/// <summary>A parsed <c>redis://[[user]:password@]host[:port][/db]</c> or <c>rediss://</c> (TLS) address.</summary>
internal sealed record RedisUrl(string Host, int Port, string? User, string? Password, int Database, bool UseTls)
{
    public const int DefaultPort = 6379;

    public static bool TryParse(string text, out RedisUrl? url, out string error)
    {
        url = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            error = "it is not a valid URL (is the port a number from 1 to 65535?)";
            return false;
        }

        if (uri.Scheme is not ("redis" or "rediss"))
        {
            error = $"the scheme is '{uri.Scheme}', expected redis:// or rediss:// (TLS)";
            return false;
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            error = "it names no host";
            return false;
        }

        var path = uri.AbsolutePath.Trim('/');
        var database = 0;
        if (path.Length > 0 && !int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out database))
        {
            error = $"the database '/{path}' is not a database number";
            return false;
        }

        var (user, password) = SplitUserInfo(uri.UserInfo);
        url = new RedisUrl(uri.IdnHost, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, user, password, database, uri.Scheme == "rediss");
        error = "";
        return true;
    }

    private static (string? User, string? Password) SplitUserInfo(string userInfo)
    {
        if (userInfo.Length == 0)
        {
            return (null, null);
        }

        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            // redis://secret@host is how several clients accept a bare password.
            return (null, Uri.UnescapeDataString(userInfo));
        }

        var user = Uri.UnescapeDataString(userInfo[..colon]);
        return (user.Length == 0 ? null : user, Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }
}
