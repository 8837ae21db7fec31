using Microsoft.AspNetCore.Components;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Maintenance.Review;

namespace StatusDashboard.Components.Admin;

/// <summary>
/// One inbound notification whole: its fields, the full error, the maintenances whose state it holds and its raw
/// bytes as text (the first <see cref="RawShown"/> bytes; the download has them all). Re-processing runs it through
/// the pipeline again and shows what became of it.
/// </summary>
public sealed partial class NotificationView
{
    /// <summary>How much of the raw message the page shows; a browser gets slow well before the storage cap.</summary>
    public const int RawShown = 64 * 1024;

    private const string PreStyle = "white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font-size: 0.8rem;";

    private NotificationDetail? detail;
    private bool loaded;
    private bool working;
    private IngestionResult? reprocessed;

    [Parameter] public long Id { get; set; }

    [Inject] private NotificationReader Reader { get; set; } = null!;

    [Inject] private NotificationIngestion Ingestion { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        reprocessed = null;
        await LoadAsync();
    }

    // An incident change may come from this notification's maintenances; the page shows their state, so it reloads.
    protected override Task OnChangedAsync(StatusChange change) => LoadAsync();

    private async Task LoadAsync()
    {
        detail = await Reader.ReadDetailAsync(Id);
        loaded = true;
    }

    /// <summary>The new outcome and what became of each maintenance, e.g. "Re-processed: parsed; Zayo MX-2 updated."</summary>
    private static string Describe(IngestionResult result) =>
        $"Re-processed: {NotificationOutcomeChip.LabelOf(result.Outcome)}"
        + string.Concat(result.Changes.Select(c => $"; {c.ProviderName} {c.MaintenanceId} {c.Kind.ToString().ToLowerInvariant()}")) + ".";

    private async Task ReprocessAsync()
    {
        working = true;
        try
        {
            reprocessed = await Ingestion.ReprocessAsync(Id);
            await LoadAsync();
        }
        finally
        {
            working = false;
        }
    }
}
