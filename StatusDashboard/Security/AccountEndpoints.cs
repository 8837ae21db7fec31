using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;

namespace StatusDashboard.Security;

/// <summary>
/// Sign-in and sign-out. The pages under <c>/account/</c> (development sign-in, access denied, not allowed) are
/// components in <c>Components/Account/</c>.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";
    public const string SignOutPath = "/account/signout";
    public const string DevelopmentSignInPath = "/account/dev-signin";
    public const string AccessDeniedPath = "/account/access-denied";
    public const string NotAllowedPath = "/account/not-allowed";
    public const string SignInFailedPath = "/account/signin-failed";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").WithTags("Account");
        account.MapGet("/signin", SignIn).WithName("SignIn");
        account.MapPost("/signout", SignOutAsync).WithName("SignOut");
        return endpoints;
    }

    /// <summary>Sends the browser to the provider (or the development sign-in), to come back to a local <paramref name="returnUrl"/>.</summary>
    public static Results<ChallengeHttpResult, RedirectHttpResult, NotFound> SignIn(HttpContext context, SignInSetup signIn, string? returnUrl)
    {
        var target = LocalReturnUrl.OrRoot(returnUrl);
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return TypedResults.LocalRedirect(target);
        }

        if (signIn.HasProvider)
        {
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = target }, [OpenIdConnectDefaults.AuthenticationScheme]);
        }

        if (signIn.AllowsDevelopmentSignIn(context))
        {
            return TypedResults.LocalRedirect($"{DevelopmentSignInPath}?returnUrl={Uri.EscapeDataString(target)}");
        }

        return TypedResults.NotFound();
    }

    /// <summary>
    /// Ends the dashboard's session and, with a provider, the provider's too (RP-initiated logout: the provider's end
    /// session endpoint with the id token as hint, then back to "/"). A form post with an antiforgery token only, so
    /// another site cannot sign people out.
    /// </summary>
    public static async Task<Results<SignOutHttpResult, RedirectHttpResult, BadRequest>> SignOutAsync(
        HttpContext context, SignInSetup signIn, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var signedInWithProvider = signIn.HasProvider && context.User.Identity?.IsAuthenticated == true;
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return signedInWithProvider
            ? TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme])
            : TypedResults.LocalRedirect("/");
    }
}
