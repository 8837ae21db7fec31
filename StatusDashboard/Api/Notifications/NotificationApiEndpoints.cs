using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Api.Writes;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance;
using StatusDashboard.Core.Maintenance.Ingestion;
using StatusDashboard.Core.Maintenance.Parsing.Decoding;

namespace StatusDashboard.Api.Notifications;

/// <summary>
/// The upload source of the maintenance pipeline, for helpdesk webhooks: <c>POST /api/v2/notifications</c> takes one
/// raw e-mail (<c>message/rfc822</c>) or iCalendar file (<c>text/calendar</c>) with a write-scope token, and
/// <c>GET /api/v2/notifications/{id}</c> tells what became of it. A second upload of a message is answered 200 with
/// the duplicate; no Idempotency-Key is needed, the Message-ID (or the bytes' hash) is the key.
/// </summary>
public static class NotificationApiEndpoints
{
    public const string MimeType = "message/rfc822";
    public const string CalendarType = "text/calendar";

    public static IEndpointRouteBuilder MapNotificationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v2/notifications").WithTags("Maintenance notifications");
        api.MapPost("", Upload).WithName("ApiUploadNotification")
            .RequireAuthorization(ApiPolicies.Write).RequireRateLimiting(ApiPolicies.WriteRateLimit)
            .WithSummary("Upload a maintenance notification")
            .WithDescription("The body is one raw e-mail (Content-Type: message/rfc822) or iCalendar file (text/calendar), at most " +
                "Maintenance:Decoding:MaxMessageBytes bytes. It is stored and run through the pipeline; the answer says what became of it. " +
                "A message uploaded before (same Message-ID, or for a bare calendar the same bytes) is answered 200 as a duplicate of the first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                var raw = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { [MimeType] = raw, [CalendarType] = raw },
                };
                return Task.CompletedTask;
            });
        api.MapGet("/{id:long}", Get).WithName("ApiGetNotification")
            .RequireAuthorization(ApiPolicies.Read)
            .WithSummary("What became of a notification")
            .WithDescription("Its outcome and error, and the maintenances it last changed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Created<NotificationDocument>, Ok<NotificationDocument>, ProblemHttpResult>> Upload(
        HttpContext context, ClaimsPrincipal user, NotificationIngestion ingestion, IOptions<NotificationDecoderOptions> decoding,
        IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value;
        if (!string.Equals(mediaType, MimeType, StringComparison.OrdinalIgnoreCase) && !string.Equals(mediaType, CalendarType, StringComparison.OrdinalIgnoreCase))
        {
            return WriteProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Send an e-mail or a calendar",
                $"body: send one raw e-mail as Content-Type: {MimeType} or one iCalendar file as {CalendarType}, not {mediaType ?? "no Content-Type"}.");
        }

        var cap = decoding.Value.MaxMessageBytes;
        var raw = await CappedBody.ReadAsync(context, cap, cancellationToken);
        if (raw is null)
        {
            return TooLarge(cap);
        }

        if (raw.Length == 0)
        {
            return WriteProblems.Invalid("body", "The body is empty: send the notification itself.");
        }

        var result = await ingestion.IngestAsync(new InboundMessage(NotificationSource.Upload, raw, user.Identity?.Name), cancellationToken);
        var document = await DocumentAsync(contexts, result.NotificationId, result.Changes, cancellationToken);
        return result.Outcome == NotificationOutcome.Duplicate
            ? TypedResults.Ok(document)
            : TypedResults.Created($"/api/v2/notifications/{result.NotificationId}", document);
    }

    private static async Task<Results<Ok<NotificationDocument>, ProblemHttpResult>> Get(
        long id, IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(contexts, id, null, cancellationToken);
        return document is null
            ? WriteProblems.Problem(StatusCodes.Status404NotFound, "Not found", $"There is no notification {id}.")
            : TypedResults.Ok(document);
    }

    /// <summary>The notification as stored; its maintenances are the changes just made, or else those it last changed.</summary>
    private static async Task<NotificationDocument?> DocumentAsync(
        IDbContextFactory<StatusDbContext> contexts, long id, IReadOnlyList<MaintenanceChange>? changes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.InboundNotifications.AsNoTracking()
            .Where(n => n.Id == id)
            .Select(n => new { n.Id, n.Outcome, n.Error, n.DuplicateOfId, n.Source, n.Origin, n.ReceivedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (notification is null)
        {
            return null;
        }

        IReadOnlyList<NotificationMaintenance> maintenances = changes is not null
            ? [.. changes.Select(c => new NotificationMaintenance(
                c.ProviderName, c.MaintenanceId, c.Kind.ToString().ToLowerInvariant(), c.IncidentId, c.ReviewReason, c.UnknownCircuits))]
            : [.. (await db.ScheduledMaintenances.AsNoTracking().Include(m => m.Circuits)
                    .Where(m => m.NotificationId == id).OrderBy(m => m.Id).ToListAsync(cancellationToken))
                .Select(m => new NotificationMaintenance(m.ProviderName, m.MaintenanceId, null, m.IncidentId, m.ReviewReason,
                    [.. m.Circuits.Where(c => c.ElementId is null).Select(c => c.CircuitId)]))];
        return new NotificationDocument(notification.Id, Outcome(notification.Outcome), notification.Error, notification.DuplicateOfId,
            notification.Source.ToString().ToLowerInvariant(), notification.Origin, notification.ReceivedAt, maintenances);
    }

    private static string Outcome(NotificationOutcome outcome) => outcome switch
    {
        NotificationOutcome.UnknownProvider => "unknown_provider",
        _ => outcome.ToString().ToLowerInvariant(),
    };


    private static ProblemHttpResult TooLarge(long cap) => WriteProblems.Problem(StatusCodes.Status413PayloadTooLarge, "Notification too large",
        $"body: the notification is larger than {cap} bytes, the cap (Maintenance:Decoding:MaxMessageBytes).");
}
