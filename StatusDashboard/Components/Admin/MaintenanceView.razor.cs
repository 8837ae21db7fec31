using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Maintenance.Review;

namespace StatusDashboard.Components.Admin;

/// <summary>One scheduled maintenance whole; while it waits for review, the operator publishes or dismisses it here too.</summary>
public sealed partial class MaintenanceView
{
    private MaintenanceDetail? detail;
    private bool loaded;
    private bool working;
    private string? message;
    private bool failed;

    [Parameter] public int Id { get; set; }

    [Inject] private MaintenanceReader Reader { get; set; } = null!;

    [Inject] private MaintenanceReviewService Review { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        message = null;
        await LoadAsync();
    }

    protected override Task OnChangedAsync(StatusChange change) => LoadAsync();

    private async Task LoadAsync()
    {
        detail = await Reader.ReadDetailAsync(Id);
        loaded = true;
    }

    private Task PublishAsync() => DecideAsync(Review.PublishAsync, "Published on the status page.");

    private Task DismissAsync() => DecideAsync(Review.DismissAsync, "Dismissed: kept as it is, out of the review queue.");

    private async Task DecideAsync(Func<int, string, CancellationToken, Task<ReviewResult>> decide, string done)
    {
        working = true;
        try
        {
            var result = await decide(Id, await ActorAsync(), CancellationToken.None);
            (message, failed) = (result.Error ?? done, !result.Succeeded);
            await LoadAsync();
        }
        finally
        {
            working = false;
        }
    }
}
