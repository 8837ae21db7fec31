using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;

namespace StatusDashboard.Components.Console;

/// <summary>
/// What every console page shares: it hears every committed change and re-renders (so an open page never goes
/// stale, whoever made the change), it learns the operator's time zone once the browser is connected, and it
/// names the signed-in operator as the actor of their writes.
/// </summary>
public abstract class ConsolePage : ComponentBase, IDisposable
{
    private IDisposable? subscription;

    [Inject] private ChangeNotifier Changes { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    protected TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The field errors of the last save, shown next to their fields.</summary>
    protected IReadOnlyList<FieldError> Errors { get; set; } = [];

    public void Dispose()
    {
        subscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Reloads what the page shows after <paramref name="change"/>; the page re-renders afterwards.</summary>
    protected abstract Task OnChangedAsync(StatusChange change);

    protected override void OnInitialized() =>
        subscription = Changes.Subscribe(change => InvokeAsync(async () =>
        {
            await OnChangedAsync(change);
            StateHasChanged();
        }));

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            Zone = await OperatorTimeZone.DetectAsync(JS);
            StateHasChanged();
        }
        catch (JSException)
        {
            // A browser that cannot say its zone gets UTC, which every field and time then says it uses.
        }
    }

    protected string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    protected async Task<string> ActorAsync()
    {
        var user = Authentication is null ? null : (await Authentication).User;
        return user?.Identity?.Name ?? "operator";
    }
}
