using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using StatusDashboard.Components.Console;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// The API tokens administrators give to clients. A new token's secret lives only in this component instance, shown
/// once until dismissed: it is not stored, so leaving or reloading the page loses it for good. Times are the
/// administrator's own zone, as in the console.
/// </summary>
public sealed partial class ApiTokens
{
    private const string NameField = "name";
    private const string ScopeField = "scope";
    private const string ExpiresAtField = "expiresAt";
    private const int OnADate = 0;
    private static readonly int[] ExpiryChoices = [30, 90, 365];

    private IReadOnlyList<ApiToken>? tokens;
    private DateTimeOffset now;
    private string? name;
    private ApiTokenScope scope = ApiTokenScope.Read;
    // Days from now; null never expires, OnADate takes the date typed.
    private int? expiryDays = 90;
    private DateTimeOffset? expiresAt;
    private bool saving;
    private CreatedApiToken? created;
    private bool copied;
    private int? confirming;
    private string? notice;

    private enum TokenState
    {
        Active,
        Expired,
        Revoked,
    }

    [Inject] private ApiTokenService Tokens { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private IJSRuntime Scripts { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    // Token changes are not published to open pages; the list reloads after this page's own writes.
    protected override Task OnChangedAsync(StatusChange change) => Task.CompletedTask;

    private async Task LoadAsync()
    {
        tokens = await Tokens.ListAsync();
        now = Time.GetUtcNow();
    }

    private async Task CreateAsync()
    {
        if (expiryDays == OnADate && expiresAt is null)
        {
            Errors = [new FieldError(ExpiresAtField, "Enter the date and time the token stops working.")];
            return;
        }

        saving = true;
        try
        {
            var expires = expiryDays switch
            {
                null => null,
                OnADate => expiresAt,
                var days => Time.GetUtcNow().AddDays(days.Value),
            };
            var result = await Tokens.CreateAsync(new NewApiToken(name ?? "", scope, expires), await ActorAsync());
            Errors = result.Errors;
            if (result.Created is { } token)
            {
                (created, copied, name) = (token, false, null);
                await LoadAsync();
            }
        }
        finally
        {
            saving = false;
        }
    }

    private async Task CopyAsync()
    {
        try
        {
            await Scripts.InvokeVoidAsync("navigator.clipboard.writeText", created!.Secret);
            copied = true;
        }
        catch (JSException)
        {
            notice = "The browser did not allow copying: select the secret and copy it by hand.";
        }
    }

    private void DismissSecret() => (created, copied) = (null, false);

    private async Task RevokeAsync(int id)
    {
        confirming = null;
        notice = await Tokens.RevokeAsync(id, await ActorAsync()) ? null : "That token was already revoked.";
        await LoadAsync();
    }

    private TokenState StateOf(ApiToken token) =>
        token.RevokedAt is not null ? TokenState.Revoked : token.IsActiveAt(now) ? TokenState.Active : TokenState.Expired;

    private static string ScopeLabel(ApiTokenScope scope) => scope == ApiTokenScope.Write ? "write" : "read";
}
