using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Maintenance.Review;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// The review queue: maintenances an operator must publish or dismiss (or whose circuits the inventory must learn),
/// and notifications that produced nothing usable. Each action reloads the queue and says what it did.
/// </summary>
public sealed partial class ReviewQueuePage
{
    private ReviewQueue? queue;
    private bool working;
    private string? message;
    private bool failed;

    [Inject] private MaintenanceReader Reader { get; set; } = null!;

    [Inject] private MaintenanceReviewService Review { get; set; } = null!;

    [Inject] private NotificationIngestion Ingestion { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    // New maintenance incidents come with new notices; the queue may have grown.
    protected override Task OnChangedAsync(StatusChange change) => LoadAsync();

    private async Task LoadAsync() => queue = await Reader.ReadQueueAsync();

    private Task PublishAsync(int id) => RunAsync(async actor =>
    {
        var result = await Review.PublishAsync(id, actor);
        return (result.Error ?? $"Published as incident #{result.IncidentId}.", !result.Succeeded);
    });

    private Task DismissAsync(int id) => RunAsync(async actor =>
    {
        var result = await Review.DismissAsync(id, actor);
        return (result.Error ?? "Dismissed: the maintenance is kept as it is.", !result.Succeeded);
    });

    private Task DismissNotificationAsync(long id) => RunAsync(async actor =>
    {
        var result = await Review.DismissNotificationAsync(id, actor);
        return (result.Error ?? $"Dismissed notification {id}: it stays stored.", !result.Succeeded);
    });

    private Task ReprocessAsync(long id) => RunAsync(async _ =>
    {
        var result = await Ingestion.ReprocessAsync(id);
        return ($"Re-processed notification {id}: {NotificationOutcomeChip.LabelOf(result.Outcome)}{(result.Error is { } error ? " — " + NotificationText.FirstLine(error) : "")}.",
            !result.Succeeded);
    });

    private async Task RunAsync(Func<string, Task<(string Message, bool Failed)>> action)
    {
        working = true;
        try
        {
            (message, failed) = await action(await ActorAsync());
            await LoadAsync();
        }
        finally
        {
            working = false;
        }
    }
}
