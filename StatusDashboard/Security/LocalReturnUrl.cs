namespace StatusDashboard.Security;

/// <summary>
/// Keeps a <c>returnUrl</c> on this site: only a path of our own survives, anything that a browser could read as
/// another host (<c>//evil.example</c>, <c>/\evil.example</c>, <c>https://…</c>) becomes "/". The same rule as MVC's
/// <c>Url.IsLocalUrl</c>, which minimal endpoints do not have.
/// </summary>
public static class LocalReturnUrl
{
    public static string OrRoot(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : "/";

    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.Any(char.IsControl))
        {
            return false;
        }

        // Browsers read "//host" and "/\host" as another host.
        return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
    }
}
