namespace StatusDashboard.Security;

/// <summary>
/// Puts the security headers on every response, error pages included: the headers are added when the response starts,
/// after an exception handler may have cleared the ones set earlier.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate next;
    private readonly string contentSecurityPolicy;

    public SecurityHeadersMiddleware(RequestDelegate next, SignInSetup signIn)
    {
        this.next = next;
        contentSecurityPolicy = ContentSecurityPolicy(signIn.ProviderOrigin);
    }

    /// <summary>
    /// What the pages need and no more: scripts only from this site (Blazor's, MudBlazor's and ours are files),
    /// inline styles because MudBlazor sets them, the circuit's WebSocket on this origin. Form posts may be redirected to
    /// the provider, which Chromium checks against form-action (the sign-out form ends at the provider's logout page).
    /// </summary>
    public static string ContentSecurityPolicy(string? providerOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
        + (providerOrigin is null ? "form-action 'self'" : $"form-action 'self' {providerOrigin}");

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
