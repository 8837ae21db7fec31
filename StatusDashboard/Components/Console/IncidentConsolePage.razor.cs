using Microsoft.AspNetCore.Components;
using StatusDashboard.Components.Status;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Live;
using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Components.Console;

/// <summary>
/// One incident: its timeline, and every operator action on it. Edits carry the version of the incident as the
/// operator last took it in (<see cref="seen"/>). A change by someone else shows at once; while the operator has
/// nothing typed the page simply takes it in, otherwise their save is answered with a conflict that shows the
/// other change and keeps the typed input for "reload and reapply".
/// </summary>
public partial class IncidentConsolePage
{
    private const string SplitTitle = "Split." + IncidentFields.Title;
    private const string SplitComponents = "Split." + IncidentFields.Components;
    private static readonly Impact?[] IncidentImpacts = [Impact.Minor, Impact.Major, Impact.Outage];

    private IncidentSnapshot? incident;
    private IncidentSnapshot? seen;
    private IncidentSnapshot? conflict;
    private Func<Task>? pendingAction;
    private IReadOnlyList<IncidentSnapshot> mergeCandidates = [];
    private bool notFound;
    private bool changedElsewhere;
    private string? message;

    private IncidentStatus status;
    private string? text;
    private DateTimeOffset? timestamp;
    private Impact? newImpact;
    private DateTimeOffset? newStart;
    private DateTimeOffset? newEnd;
    private string? title;
    private IReadOnlySet<int> splitSelected = new HashSet<int>();
    private string? splitTitle;
    private bool copyTimeline;
    private int? mergeWith;

    [Parameter] public int Id { get; set; }

    [Inject] private IncidentReader Reader { get; set; } = null!;

    [Inject] private IncidentService Incidents { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    private bool HasTypedInput =>
        !string.IsNullOrWhiteSpace(text) || title != seen?.Title || splitSelected.Count > 0 || !string.IsNullOrWhiteSpace(splitTitle) || mergeWith is not null;

    protected override async Task OnParametersSetAsync()
    {
        if (seen?.Id == Id)
        {
            return;
        }

        await LoadAsync();
        Adopt();
        ResetUpdateForm();
        ResetOtherForms();
    }

    protected override async Task OnChangedAsync(StatusChange change)
    {
        await LoadAsync();
        if (incident is not null && incident.Version != seen?.Version)
        {
            if (HasTypedInput)
            {
                changedElsewhere = true;
            }
            else
            {
                Adopt();
            }
        }
    }

    private async Task LoadAsync()
    {
        incident = await Reader.GetAsync(Id);
        notFound = incident is null;
        mergeCandidates = incident is null
            ? []
            : (await Reader.ListOpenAsync()).Where(i => i.Id != incident.Id && i.IsMaintenance == incident.IsMaintenance).ToList();
    }

    /// <summary>Takes the incident as now loaded as what the operator's edits are based on.</summary>
    private void Adopt()
    {
        var titleUntouched = title == seen?.Title;
        seen = incident;
        changedElsewhere = false;
        if (titleUntouched)
        {
            title = incident?.Title;
        }
    }

    private void ResetUpdateForm()
    {
        status = IncidentRules.UpdateStatusesFor(incident?.IsMaintenance ?? false)[0];
        text = null;
        timestamp = Time.GetUtcNow();
        newImpact = null;
        newStart = incident?.Start;
        newEnd = incident?.End;
    }

    private void ResetOtherForms()
    {
        title = incident?.Title;
        splitSelected = new HashSet<int>();
        splitTitle = null;
        copyTimeline = false;
        mergeWith = null;
    }

    private async Task AddUpdateAsync()
    {
        if (timestamp is null)
        {
            Errors = [new FieldError(IncidentFields.Timestamp, "Enter a valid date and time.")];
            return;
        }

        var update = new NewUpdate(status, text ?? "", timestamp.Value, newImpact, newStart, newEnd);
        await HandleAsync(await Incidents.AddUpdateAsync(Id, seen!.Version, update, await ActorAsync()), AddUpdateAsync, _ =>
        {
            ResetUpdateForm();
            message = null;
        });
    }

    private async Task SaveTitleAsync() =>
        await HandleAsync(await Incidents.EditTitleAsync(Id, seen!.Version, title ?? "", await ActorAsync()), SaveTitleAsync, _ => message = "Title saved.");

    private async Task SplitAsync()
    {
        var result = await Incidents.SplitAsync(Id, seen!.Version, splitSelected.ToList(), splitTitle ?? "", copyTimeline, await ActorAsync());
        // The split form has its own title and components; its messages must not land on the fields of the same names above.
        var errors = result.Errors.Select(e => e with { Field = "Split." + e.Field }).ToList();
        await HandleAsync(result with { Errors = errors }, SplitAsync, saved =>
        {
            ResetOtherForms();
            message = $"Split: the moved components are now followed in incident #{saved.IncidentId}.";
        });
    }

    private async Task MergeAsync()
    {
        if (mergeCandidates.FirstOrDefault(i => i.Id == mergeWith) is not { } other)
        {
            Errors = [new FieldError(IncidentFields.Other, "Choose an open incident to merge.")];
            return;
        }

        await HandleAsync(await Incidents.MergeAsync(Id, seen!.Version, other.Id, other.Version, await ActorAsync()), MergeAsync, _ =>
        {
            ResetOtherForms();
            message = $"Merged #{other.Id} into this incident.";
        });
    }

    private async Task HandleAsync(IncidentResult result, Func<Task> retry, Action<IncidentResult> onSaved)
    {
        Errors = result.Errors;
        switch (result.Outcome)
        {
            case IncidentOutcome.Saved:
                conflict = null;
                pendingAction = null;
                onSaved(result);
                await LoadAsync();
                Adopt();
                break;
            case IncidentOutcome.Conflict:
                conflict = result.Current;
                pendingAction = retry;
                message = null;
                break;
            case IncidentOutcome.NotFound:
                notFound = true;
                break;
        }
    }

    private async Task ReloadAndReapplyAsync()
    {
        var retry = pendingAction;
        conflict = null;
        pendingAction = null;
        await LoadAsync();
        Adopt();
        if (retry is not null)
        {
            await retry();
        }
    }

    /// <summary>What differs between the incident the operator based their change on and the one now stored.</summary>
    private IEnumerable<string> ConflictChanges()
    {
        if (conflict is null || seen is null)
        {
            yield break;
        }

        if (conflict.Id != seen.Id)
        {
            yield return $"Incident #{conflict.Id} ({conflict.Title}) changed.";
            yield break;
        }

        if (conflict.Title != seen.Title)
        {
            yield return $"Title: \"{seen.Title}\" → \"{conflict.Title}\"";
        }

        if (conflict.Impact != seen.Impact)
        {
            yield return $"Impact: {StatusText.Label(seen.Impact)} → {StatusText.Label(conflict.Impact)}";
        }

        if (conflict.Start != seen.Start)
        {
            yield return $"Start: {OperatorTimeZone.Format(seen.Start, Zone)} → {OperatorTimeZone.Format(conflict.Start, Zone)}";
        }

        if (conflict.End != seen.End)
        {
            yield return $"End: {EndText(seen.End)} → {EndText(conflict.End)}";
        }

        if (!conflict.Components.Select(c => c.Id).Order().SequenceEqual(seen.Components.Select(c => c.Id).Order()))
        {
            yield return $"Components: {string.Join(", ", conflict.Components.Select(c => c.Label))}";
        }
    }

    private IEnumerable<UpdateEntry> NewUpdatesIn(IncidentSnapshot current) =>
        current.Latest.Where(u => seen is null || !seen.Updates.Contains(u)).Take(3);

    private string EndText(DateTimeOffset? end) => end is { } value ? OperatorTimeZone.Format(value, Zone) : "open";
}
