using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Api.Reference;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// Incidents, maintenances and their updates through <see cref="IncidentService"/>, the console's own writes, so the
/// API keeps exactly the console's rules; the caller (the token's name) is the author and the audited actor.
/// </summary>
public static class IncidentApiEndpoints
{
    private static readonly DocumentedHeader IfMatch = new(
        "If-Match", "The incident's version as its ETag gives it (\"…\"); instead of version in the body. A stale one is 412.");

    private static readonly Dictionary<string, string> MaintenanceNames = new() { [IncidentFields.Text] = "description" };

    public static void MapIncidentApi(RouteGroupBuilder reads, RouteGroupBuilder writes)
    {
        reads.MapGet("/incidents/{id:int}", GetIncident).WithName("ApiGetIncident").WithTags("Incidents")
            .WithSummary("An incident or maintenance")
            .WithDescription("With its components, its updates (newest first) and its version; the version is also the ETag.");
        writes.MapPost("/incidents", CreateIncident).WithName("ApiCreateIncident").WithTags("Incidents")
            .WithSummary("Open an incident").WithDescription("The console's rules apply: impact minor, major or outage; start not in the future.")
            .WithJsonBody<CreateIncidentRequest>();
        writes.MapPatch("/incidents/{id:int}", EditIncident).WithName("ApiEditIncident").WithTags("Incidents")
            .WithSummary("Change an incident's title")
            .WithDescription("Carries the version read with GET (If-Match, or version in the body): a stale one is 412 (If-Match) or 409.")
            .WithJsonBody<EditIncidentRequest>().WithMetadata(IfMatch);
        writes.MapPost("/incidents/{id:int}/updates", AddUpdate).WithName("ApiAddIncidentUpdate").WithTags("Incidents")
            .WithSummary("Add an update to an incident or maintenance")
            .WithDescription(
                "Resolve, reopen, change the impact or the end of an incident; start, move, complete or cancel a maintenance. " +
                "Carries the version read with GET, like PATCH.")
            .WithJsonBody<AddUpdateRequest>().WithMetadata(IfMatch);
        writes.MapPost("/maintenances", CreateMaintenance).WithName("ApiCreateMaintenance").WithTags("Maintenances")
            .WithSummary("Plan a maintenance")
            .WithDescription("Its updates go through POST /api/v2/incidents/{id}/updates.")
            .WithJsonBody<CreateMaintenanceRequest>();
    }

    private static async Task<Results<Ok<IncidentDocument>, ProblemHttpResult>> GetIncident(
        int id, IncidentReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } incident)
        {
            return WriteProblems.NotFound("incident", id);
        }

        response.Headers.ETag = SeenVersion.Tag(incident.Version);
        return TypedResults.Ok(IncidentDocument.From(incident));
    }

    private static async Task<Results<Created<IncidentDocument>, ProblemHttpResult>> CreateIncident(
        HttpRequest request, ClaimsPrincipal user, IncidentService incidents, IncidentReader reader,
        IDbContextFactory<StatusDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateIncidentRequest>(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var ids = body.ComponentIds!;
        var result = await incidents.CreateIncidentAsync(
            new NewIncident(body.Title!, body.Impact!.Value, ids, body.Start ?? time.GetUtcNow(), body.Text!, body.Status ?? IncidentStatus.Analyzing),
            Caller(user), cancellationToken);
        return await CreatedAsync(result, ids, null, reader, contexts, cancellationToken);
    }

    private static async Task<Results<Created<IncidentDocument>, ProblemHttpResult>> CreateMaintenance(
        HttpRequest request, ClaimsPrincipal user, IncidentService incidents, IncidentReader reader,
        IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateMaintenanceRequest>(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var ids = body.ComponentIds!;
        var result = await incidents.CreateMaintenanceAsync(
            new NewMaintenance(body.Title!, body.Start!.Value, body.End!.Value, body.Description!, ids), Caller(user), cancellationToken);
        return await CreatedAsync(result, ids, MaintenanceNames, reader, contexts, cancellationToken);
    }

    private static async Task<Results<Ok<IncidentDocument>, ProblemHttpResult>> EditIncident(
        int id, HttpRequest request, ClaimsPrincipal user, IncidentService incidents, IncidentReader reader, CancellationToken cancellationToken)
    {
        var (body, seen, problem) = await ReadEditAsync<EditIncidentRequest>(request, b => b.Version, cancellationToken);
        if (body is null || seen is null)
        {
            return problem!;
        }

        var result = await incidents.EditTitleAsync(id, seen.Version, body.Title!, Caller(user), cancellationToken);
        if (Problem(result, seen) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(await ReadAsync(reader, id, cancellationToken));
    }

    private static async Task<Results<Created<IncidentDocument>, ProblemHttpResult>> AddUpdate(
        int id, HttpRequest request, ClaimsPrincipal user, IncidentService incidents, IncidentReader reader, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (body, seen, problem) = await ReadEditAsync<AddUpdateRequest>(request, b => b.Version, cancellationToken);
        if (body is null || seen is null)
        {
            return problem!;
        }

        var update = new NewUpdate(body.Status!.Value, body.Text!, body.Timestamp ?? time.GetUtcNow(), body.Impact, body.Start, body.End);
        var result = await incidents.AddUpdateAsync(id, seen.Version, update, Caller(user), cancellationToken);
        if (Problem(result, seen) is { } refused)
        {
            return refused;
        }

        return TypedResults.Created(Location(id), await ReadAsync(reader, id, cancellationToken));
    }

    private static async Task<Results<Created<IncidentDocument>, ProblemHttpResult>> CreatedAsync(
        IncidentResult result, IReadOnlyList<int> componentIds, IReadOnlyDictionary<string, string>? names, IncidentReader reader,
        IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            var id = result.IncidentId!.Value;
            return TypedResults.Created(Location(id), await ReadAsync(reader, id, cancellationToken));
        }

        return WriteProblems.Invalid(await NameMissingComponentsAsync(result.Errors, componentIds, contexts, cancellationToken), names);
    }

    /// <summary>The body of an edit and the version it was made from, or the problem with either.</summary>
    private static async Task<(T? Body, SeenVersion? Seen, ProblemHttpResult? Problem)> ReadEditAsync<T>(
        HttpRequest request, Func<T, Guid?> versionOf, CancellationToken cancellationToken)
        where T : class
    {
        var (body, problem) = await ApiJson.ReadAsync<T>(request, cancellationToken);
        if (body is null)
        {
            return (null, null, problem);
        }

        var (seen, versionProblem) = SeenVersion.From(request, versionOf(body));
        return (body, seen, versionProblem);
    }

    /// <summary>The answer to a refused edit of an existing incident, or null when it was saved.</summary>
    private static ProblemHttpResult? Problem(IncidentResult result, SeenVersion seen) => result.Outcome switch
    {
        IncidentOutcome.Saved => null,
        IncidentOutcome.NotFound => WriteProblems.NotFound("incident", result.IncidentId!.Value),
        IncidentOutcome.Conflict => WriteProblems.Stale(IncidentDocument.From(result.Current!), seen.FromIfMatch),
        _ => WriteProblems.Invalid(result.Errors),
    };

    /// <summary>
    /// The service says only that some chosen components do not exist; the API names each one by its index in
    /// <c>component_ids</c>, so a client sees which id was wrong.
    /// </summary>
    private static async Task<IEnumerable<FieldError>> NameMissingComponentsAsync(
        IReadOnlyList<FieldError> errors, IReadOnlyList<int> componentIds, IDbContextFactory<StatusDbContext> contexts,
        CancellationToken cancellationToken)
    {
        if (componentIds.Count == 0 || errors.All(e => e.Field != IncidentFields.Components))
        {
            return errors;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Components.Where(c => componentIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var missing = componentIds
            .Select((id, index) => (id, index))
            .Where(c => !existing.Contains(c.id))
            .Select(c => new FieldError($"component_ids[{c.index}]", $"There is no component {c.id}."))
            .ToList();
        return missing.Count == 0 ? errors : errors.Where(e => e.Field != IncidentFields.Components).Concat(missing);
    }

    private static async Task<IncidentDocument> ReadAsync(IncidentReader reader, int id, CancellationToken cancellationToken) =>
        IncidentDocument.From(await reader.GetAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"Incident {id} was saved but cannot be read back."));

    private static string Location(int id) => $"/api/v2/incidents/{id}";

    internal static string Caller(ClaimsPrincipal user) => user.Identity?.Name ?? "API";
}
