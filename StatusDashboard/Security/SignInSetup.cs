using System.Net;

namespace StatusDashboard.Security;

/// <summary>
/// How people sign in on this instance, decided once at start: through a provider (OpenID Connect or Entra ID), through
/// the development sign-in, or not at all.
/// </summary>
/// <param name="HasProvider">An OpenID Connect provider or Entra ID is configured.</param>
/// <param name="ProviderOrigin">The provider's origin, which forms may be redirected to (sign-out), or null.</param>
/// <param name="DevelopmentSignInEnabled">No provider and the Development environment: loopback callers may use the development sign-in.</param>
public sealed record SignInSetup(bool HasProvider, string? ProviderOrigin, bool DevelopmentSignInEnabled)
{
    /// <summary>Whether the header offers a "Sign in" link at all.</summary>
    public bool OffersSignIn => HasProvider || DevelopmentSignInEnabled;

    /// <summary>The development sign-in exists for this request: enabled, and the caller is on this machine.</summary>
    public bool AllowsDevelopmentSignIn(HttpContext context) =>
        DevelopmentSignInEnabled && context.Connection.RemoteIpAddress is { } address
        && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
