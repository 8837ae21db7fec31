using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Core.Incidents;

/// <summary>
/// The operators' writes to incidents and maintenances. Each call is one <c>SaveChanges</c>, so it is one
/// transaction: it happens whole or not at all, and is audited under <paramref name="actor"/>-named scopes.
/// Every edit of an existing incident carries the <see cref="Incident.Version"/> its operator saw and counts as a
/// change of the incident, so two operators working from the same view cannot both save unnoticed.
/// </summary>
public sealed class IncidentService(IDbContextFactory<StatusDbContext> contexts, TimeProvider time, ILogger<IncidentService> logger)
{
    public async Task<IncidentResult> CreateIncidentAsync(NewIncident request, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>();
        Check(errors, IncidentFields.Title, IncidentRules.CheckTitle(request.Title));
        if (request.Impact == Impact.Maintenance || !Enum.IsDefined(request.Impact))
        {
            errors.Add(new(IncidentFields.Impact, "Choose minor, major or outage; plan a maintenance instead."));
        }

        if (!IncidentRules.OpeningStatuses.Contains(request.Status))
        {
            errors.Add(new(IncidentFields.Status, "An incident opens as analyzing, fixing or observing."));
        }

        Check(errors, IncidentFields.Start, NotInFuture(request.Start));
        Check(errors, IncidentFields.Text, IncidentRules.CheckText(request.Text));
        var components = await LoadComponentsAsync(db, request.ComponentIds, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return IncidentResult.Invalid(errors);
        }

        var incident = new Incident { Title = request.Title.Trim(), Impact = request.Impact, Start = request.Start, Source = IncidentSource.Operator };
        incident.Components.AddRange(components);
        incident.Updates.Add(new IncidentUpdate { Timestamp = request.Start, Status = request.Status, Text = request.Text, Author = actor });
        return await AddAsync(db, incident, actor, cancellationToken);
    }

    public async Task<IncidentResult> CreateMaintenanceAsync(NewMaintenance request, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new List<FieldError>();
        Check(errors, IncidentFields.Title, IncidentRules.CheckTitle(request.Title));
        Check(errors, IncidentFields.End, EndNotBeforeStart(request.Start, request.End));
        Check(errors, IncidentFields.Text, IncidentRules.CheckText(request.Description));
        var components = await LoadComponentsAsync(db, request.ComponentIds, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return IncidentResult.Invalid(errors);
        }

        var maintenance = new Incident
        {
            Title = request.Title.Trim(), Impact = Impact.Maintenance, Start = request.Start, End = request.End, Source = IncidentSource.Operator,
        };
        maintenance.Components.AddRange(components);
        maintenance.Updates.Add(new IncidentUpdate { Timestamp = time.GetUtcNow(), Status = IncidentStatus.Scheduled, Text = request.Description, Author = actor });
        return await AddAsync(db, maintenance, actor, cancellationToken);
    }

    public async Task<IncidentResult> AddUpdateAsync(int incidentId, Guid seenVersion, NewUpdate update, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (incident, stop) = await LoadSeenAsync(db, db.Incidents, incidentId, seenVersion, cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        var errors = CheckUpdate(incident, update);
        if (errors.Count > 0)
        {
            return IncidentResult.Invalid(errors);
        }

        Apply(incident, update);
        incident.Updates.Add(new IncidentUpdate { Timestamp = update.Timestamp, Status = update.Status, Text = update.Text, Author = actor });
        return await SaveEditAsync(db, [(incident, seenVersion)], actor, cancellationToken);
    }

    public async Task<IncidentResult> EditTitleAsync(int incidentId, Guid seenVersion, string title, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (incident, stop) = await LoadSeenAsync(db, db.Incidents, incidentId, seenVersion, cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        if (IncidentRules.CheckTitle(title) is { } error)
        {
            return IncidentResult.Invalid(IncidentFields.Title, error);
        }

        incident.Title = title.Trim();
        return await SaveEditAsync(db, [(incident, seenVersion)], actor, cancellationToken);
    }

    /// <summary>
    /// Moves <paramref name="componentIds"/> out of the incident into a new one titled <paramref name="newTitle"/>,
    /// with the same impact and start. The new incident gets a copy of the timeline, or one update that points
    /// back to the original. The result's id is the new incident's.
    /// </summary>
    public async Task<IncidentResult> SplitAsync(
        int incidentId, Guid seenVersion, IReadOnlyCollection<int> componentIds, string newTitle, bool copyTimeline, string actor,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (original, stop) = await LoadSeenAsync(
            db, db.Incidents.Include(i => i.Components).Include(i => i.Updates), incidentId, seenVersion, cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        var errors = new List<FieldError>();
        Check(errors, IncidentFields.Title, IncidentRules.CheckTitle(newTitle));
        var moving = original.Components.Where(c => componentIds.Contains(c.Id)).ToList();
        if (moving.Count == 0 || moving.Count != componentIds.Distinct().Count())
        {
            errors.Add(new(IncidentFields.Components, "Choose at least one of the incident's own components to move."));
        }
        else if (moving.Count == original.Components.Count)
        {
            errors.Add(new(IncidentFields.Components, "Leave at least one component with the original incident."));
        }

        if (errors.Count > 0)
        {
            return IncidentResult.Invalid(errors);
        }

        var split = new Incident
        {
            Title = newTitle.Trim(), Impact = original.Impact, Start = original.Start, End = original.End, Source = IncidentSource.Operator,
        };
        foreach (var component in moving)
        {
            original.Components.Remove(component);
            split.Components.Add(component);
        }

        if (copyTimeline)
        {
            split.Updates.AddRange(original.Updates.Select(u => new IncidentUpdate { Timestamp = u.Timestamp, Status = u.Status, Text = u.Text, Author = u.Author }));
        }
        else
        {
            var status = original.Updates.MaxBy(u => u.Timestamp)?.Status ?? (original.IsMaintenance ? IncidentStatus.Scheduled : IncidentStatus.Analyzing);
            split.Updates.Add(new IncidentUpdate
            {
                Timestamp = time.GetUtcNow(), Status = status, Author = actor,
                Text = $"Split from incident #{original.Id} ({original.Title}): these components are now followed here.",
            });
        }

        db.Incidents.Add(split);
        var result = await SaveEditAsync(db, [(original, seenVersion)], actor, cancellationToken);
        return result.Succeeded ? IncidentResult.Saved(split.Id) : result;
    }

    /// <summary>
    /// Merges <paramref name="otherId"/> into <paramref name="survivorId"/>: the survivor takes the other's components
    /// and updates, the earlier start and the higher impact; the other is closed with an update pointing to the survivor.
    /// </summary>
    public async Task<IncidentResult> MergeAsync(
        int survivorId, Guid survivorVersion, int otherId, Guid otherVersion, string actor, CancellationToken cancellationToken = default)
    {
        if (survivorId == otherId)
        {
            return IncidentResult.Invalid(IncidentFields.Other, "Choose another incident to merge.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incidents = await db.Incidents.Include(i => i.Components).Include(i => i.Updates)
            .Where(i => i.Id == survivorId || i.Id == otherId)
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        if (!incidents.TryGetValue(survivorId, out var survivor))
        {
            return IncidentResult.NotFound(survivorId);
        }

        if (!incidents.TryGetValue(otherId, out var other))
        {
            return IncidentResult.Invalid(IncidentFields.Other, $"There is no incident #{otherId}.");
        }

        if (survivor.Version != survivorVersion)
        {
            return IncidentResult.Conflict(await SnapshotAsync(db, survivorId, cancellationToken));
        }

        if (other.Version != otherVersion)
        {
            return IncidentResult.Conflict(await SnapshotAsync(db, otherId, cancellationToken));
        }

        if (survivor.IsMaintenance != other.IsMaintenance)
        {
            return IncidentResult.Invalid(IncidentFields.Other, "An incident and a maintenance cannot be merged.");
        }

        var now = time.GetUtcNow();
        foreach (var component in other.Components.Except(survivor.Components).ToList())
        {
            survivor.Components.Add(component);
        }

        other.Components.Clear();
        foreach (var update in other.Updates.ToList())
        {
            other.Updates.Remove(update);
            survivor.Updates.Add(update);
        }

        survivor.Start = survivor.Start < other.Start ? survivor.Start : other.Start;
        survivor.Impact = survivor.Impact > other.Impact ? survivor.Impact : other.Impact;
        other.End ??= now;
        other.Updates.Add(new IncidentUpdate
        {
            Timestamp = now, Author = actor,
            Status = other.IsMaintenance ? IncidentStatus.Cancelled : IncidentStatus.Resolved,
            Text = $"Merged into incident #{survivor.Id} ({survivor.Title}), which now carries its components and updates.",
        });
        return await SaveEditAsync(db, [(survivor, survivorVersion), (other, otherVersion)], actor, cancellationToken);
    }

    /// <summary>
    /// The incident an edit is about, or the answer that ends the edit: not found, or a conflict when it has changed
    /// since its operator saw it.
    /// </summary>
    private static async Task<(Incident Incident, IncidentResult? Stop)> LoadSeenAsync(
        StatusDbContext db, IQueryable<Incident> query, int incidentId, Guid seenVersion, CancellationToken cancellationToken)
    {
        var incident = await query.FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken);
        if (incident is null)
        {
            return (null!, IncidentResult.NotFound(incidentId));
        }

        return incident.Version == seenVersion
            ? (incident, null)
            : (incident, IncidentResult.Conflict(await SnapshotAsync(db, incidentId, cancellationToken)));
    }

    private static async Task<IncidentSnapshot> SnapshotAsync(StatusDbContext db, int incidentId, CancellationToken cancellationToken) =>
        ToSnapshot(await IncidentReader.WithDetails(db).FirstAsync(i => i.Id == incidentId, cancellationToken));

    internal static IncidentSnapshot ToSnapshot(Incident incident) => new(
        incident.Id,
        incident.Title,
        incident.Impact,
        incident.Start,
        incident.End,
        incident.Version,
        incident.Components
            .Select(c => new ComponentChoice(c.Id, c.Region.Name, c.Service.Category.Name, c.Service.Name))
            .OrderBy(c => c.Region).ThenBy(c => c.Category).ThenBy(c => c.Service)
            .ToList(),
        incident.Updates.Select(u => new UpdateEntry(u.Status, u.Timestamp, u.Text, u.Author)).OrderByDescending(u => u.Timestamp).ToList());

    private List<FieldError> CheckUpdate(Incident incident, NewUpdate update)
    {
        var errors = new List<FieldError>();
        if (!IncidentRules.UpdateStatusesFor(incident.IsMaintenance).Contains(update.Status))
        {
            errors.Add(new(IncidentFields.Status, incident.IsMaintenance
                ? "A maintenance update is in progress, modified, completed or cancelled."
                : "An incident update is analyzing, fixing, impact changed, observing, resolved, reopened or changed."));
            return errors;
        }

        Check(errors, IncidentFields.Text, IncidentRules.CheckText(update.Text));
        Check(errors, IncidentFields.Timestamp, NotInFuture(update.Timestamp));
        // A maintenance is announced, moved and cancelled before its window; only its work cannot predate it.
        var mustFollowStart = !incident.IsMaintenance || update.Status is IncidentStatus.InProgress or IncidentStatus.Completed;
        if (mustFollowStart && update.Timestamp < incident.Start)
        {
            errors.Add(new(IncidentFields.Timestamp, incident.IsMaintenance
                ? "A maintenance cannot be in progress or completed before its window starts."
                : "An update cannot be earlier than the incident's start."));
        }

        switch (update.Status)
        {
            case IncidentStatus.ImpactChanged when update.NewImpact is not (Impact.Minor or Impact.Major or Impact.Outage):
                errors.Add(new(IncidentFields.Impact, "Choose the new impact: minor, major or outage."));
                break;
            case IncidentStatus.ImpactChanged when update.NewImpact == incident.Impact:
                errors.Add(new(IncidentFields.Impact, "The impact is already that."));
                break;
            case IncidentStatus.Resolved when incident.End is not null:
                errors.Add(new(IncidentFields.Status, "The incident is already resolved; reopen it first."));
                break;
            case IncidentStatus.Reopened when incident.End is null:
                errors.Add(new(IncidentFields.Status, "The incident is open; only a resolved incident can be reopened."));
                break;
            case IncidentStatus.Changed when update.NewEnd is null:
                errors.Add(new(IncidentFields.End, "Give the new end."));
                break;
            case IncidentStatus.Changed:
                Check(errors, IncidentFields.End, EndNotBeforeStart(incident.Start, update.NewEnd.Value) ?? NotInFuture(update.NewEnd.Value));
                break;
            case IncidentStatus.Modified when update.NewStart is null || update.NewEnd is null:
                errors.Add(new(IncidentFields.End, "Give the new window's start and end."));
                break;
            case IncidentStatus.Modified:
                Check(errors, IncidentFields.End, EndNotBeforeStart(update.NewStart.Value, update.NewEnd.Value));
                break;
        }

        return errors;
    }

    internal static void Apply(Incident incident, NewUpdate update)
    {
        switch (update.Status)
        {
            case IncidentStatus.ImpactChanged:
                incident.Impact = update.NewImpact!.Value;
                break;
            case IncidentStatus.Resolved or IncidentStatus.Completed:
                incident.End = update.Timestamp;
                break;
            case IncidentStatus.Reopened:
                incident.End = null;
                break;
            case IncidentStatus.Changed:
                incident.End = update.NewEnd;
                break;
            case IncidentStatus.Modified:
                incident.Start = update.NewStart!.Value;
                incident.End = update.NewEnd;
                break;
            case IncidentStatus.Cancelled:
                // Cancelled before its window, the window shrinks to the cancellation: nothing was ever affected.
                incident.Start = update.Timestamp < incident.Start ? update.Timestamp : incident.Start;
                incident.End = update.Timestamp;
                break;
        }
    }

    private async Task<IncidentResult> AddAsync(StatusDbContext db, Incident incident, string actor, CancellationToken cancellationToken)
    {
        using (AuditActor.Begin(actor))
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("{Actor} opened {Kind} {IncidentId}", actor, incident.IsMaintenance ? "maintenance" : "incident", incident.Id);
        return IncidentResult.Saved(incident.Id);
    }

    /// <summary>
    /// Saves edits of already loaded incidents, each checked against the version its operator saw: the version is
    /// compared again in the UPDATE, so a writer that slipped in between loading and saving still wins.
    /// </summary>
    private async Task<IncidentResult> SaveEditAsync(
        StatusDbContext db, IReadOnlyList<(Incident Incident, Guid SeenVersion)> edited, string actor, CancellationToken cancellationToken)
    {
        foreach (var (incident, seenVersion) in edited)
        {
            var version = db.Entry(incident).Property(i => i.Version);
            version.OriginalValue = seenVersion;
            version.IsModified = true;
        }

        try
        {
            using (AuditActor.Begin(actor))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var lost = exception.Entries.Select(e => e.Entity).OfType<Incident>().FirstOrDefault() ?? edited[0].Incident;
            logger.LogInformation("{Actor} lost a concurrent edit of incident {IncidentId}", actor, lost.Id);
            db.ChangeTracker.Clear();
            return IncidentResult.Conflict(await SnapshotAsync(db, lost.Id, cancellationToken));
        }

        logger.LogInformation("{Actor} changed incident {IncidentId}", actor, edited[0].Incident.Id);
        return IncidentResult.Saved(edited[0].Incident.Id);
    }

    private static async Task<List<Catalog.Component>> LoadComponentsAsync(
        StatusDbContext db, IReadOnlyCollection<int> ids, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            errors.Add(new(IncidentFields.Components, "Choose at least one component."));
            return [];
        }

        var components = await db.Components.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        if (components.Count != ids.Distinct().Count())
        {
            errors.Add(new(IncidentFields.Components, "Some of the chosen components no longer exist; choose again."));
        }

        return components;
    }

    private string? NotInFuture(DateTimeOffset value) =>
        value > time.GetUtcNow() ? "This time is in the future." : null;

    private static string? EndNotBeforeStart(DateTimeOffset start, DateTimeOffset end) =>
        end < start ? "The end cannot be before the start." : null;

    private static void Check(List<FieldError> errors, string field, string? message)
    {
        if (message is not null)
        {
            errors.Add(new FieldError(field, message));
        }
    }
}
