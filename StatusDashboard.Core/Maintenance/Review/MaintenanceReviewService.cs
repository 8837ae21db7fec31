using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Maintenance.Review;

/// <summary>
/// The operator's actions on the review queue. Publishing goes through the same path as a sure notice
/// (<see cref="MaintenanceApplier"/>), so a reviewed maintenance looks on the page exactly like one published by
/// itself; dismissing keeps the maintenance as it is. Each decision is recorded as a <see cref="MaintenanceReview"/>
/// and in the audit log under the operator's name, in one transaction with what it changed.
/// </summary>
public sealed class MaintenanceReviewService(
    IDbContextFactory<StatusDbContext> contexts,
    MaintenanceApplier applier,
    TimeProvider time,
    ILogger<MaintenanceReviewService> logger)
{
    public const string PublishedAction = "published";
    public const string DismissedAction = "dismissed";

    /// <summary>Publishes the maintenance as it stands: opens its incident on the components its known circuits carry.</summary>
    public async Task<ReviewResult> PublishAsync(int maintenanceId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var maintenance = await db.ScheduledMaintenances.Include(m => m.Circuits)
            .Include(m => m.Incident).ThenInclude(i => i!.Components)
            .Include(m => m.Incident).ThenInclude(i => i!.Updates)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == maintenanceId, cancellationToken);
        if (maintenance is null)
        {
            return new ReviewResult($"There is no maintenance {maintenanceId}.");
        }

        if (!await applier.PublishReviewedAsync(db, maintenance, actor, cancellationToken))
        {
            return new ReviewResult(
                $"{maintenance.ProviderName} {maintenance.MaintenanceId} cannot be published: none of its circuits is in the inventory with a status-page component. Add them to the inventory first, or dismiss it.");
        }

        Record(db, maintenance, ReviewDecision.Published, actor);
        try
        {
            using (AuditActor.Begin(actor))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReviewResult($"{maintenance.ProviderName} {maintenance.MaintenanceId} changed while you were reviewing it; look at it again.");
        }

        logger.LogInformation("{Actor} published maintenance {Id} ({Provider}/{MaintenanceId}) as incident {IncidentId}",
            actor, maintenance.Id, maintenance.ProviderName, maintenance.MaintenanceId, maintenance.IncidentId);
        return new ReviewResult(null, maintenance.IncidentId);
    }

    /// <summary>Takes the maintenance out of the queue as it stands, publishing nothing.</summary>
    public async Task<ReviewResult> DismissAsync(int maintenanceId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var maintenance = await db.ScheduledMaintenances.FirstOrDefaultAsync(m => m.Id == maintenanceId, cancellationToken);
        if (maintenance is null)
        {
            return new ReviewResult($"There is no maintenance {maintenanceId}.");
        }

        Record(db, maintenance, ReviewDecision.Dismissed, actor);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} dismissed maintenance {Id} ({Provider}/{MaintenanceId}) from the review queue",
            actor, maintenance.Id, maintenance.ProviderName, maintenance.MaintenanceId);
        return new ReviewResult(null, maintenance.IncidentId);
    }

    /// <summary>Takes a notification that produced no maintenance (failed, unknown provider) out of the queue; it stays stored.</summary>
    public async Task<ReviewResult> DismissNotificationAsync(long notificationId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.InboundNotifications.AsNoTracking()
            .Where(n => n.Id == notificationId).Select(n => new { n.Id, n.Outcome }).FirstOrDefaultAsync(cancellationToken);
        if (notification is null)
        {
            return new ReviewResult($"There is no notification {notificationId}.");
        }

        var now = time.GetUtcNow();
        db.Set<MaintenanceReview>().Add(new MaintenanceReview { NotificationId = notification.Id, Decision = ReviewDecision.Dismissed, Actor = actor, At = now });
        db.AuditEntries.Add(new AuditEntry
        {
            Timestamp = now,
            Actor = actor,
            Action = DismissedAction,
            EntityType = nameof(InboundNotification),
            EntityId = notification.Id.ToString(CultureInfo.InvariantCulture),
            After = JsonSerializer.Serialize(new { Outcome = notification.Outcome.ToString() }),
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} dismissed notification {Id} ({Outcome}) from the review queue", actor, notification.Id, notification.Outcome);
        return new ReviewResult(null);
    }

    private void Record(StatusDbContext db, ScheduledMaintenance maintenance, ReviewDecision decision, string actor)
    {
        var now = time.GetUtcNow();
        db.Set<MaintenanceReview>().Add(new MaintenanceReview
        {
            ScheduledMaintenanceId = maintenance.Id,
            NotificationId = maintenance.NotificationId,
            Decision = decision,
            Actor = actor,
            At = now,
        });
        db.AuditEntries.Add(new AuditEntry
        {
            Timestamp = now,
            Actor = actor,
            Action = decision == ReviewDecision.Published ? PublishedAction : DismissedAction,
            EntityType = nameof(ScheduledMaintenance),
            EntityId = maintenance.Id.ToString(CultureInfo.InvariantCulture),
            After = JsonSerializer.Serialize(new
            {
                maintenance.ProviderName,
                maintenance.MaintenanceId,
                maintenance.NotificationId,
            }),
        });
    }
}
