using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.PageCaching;

namespace StatusDashboard.Api.Stackmon;

/// <summary>
/// The stackmon status-dashboard API v1, same paths, parameters and shapes, so its monitoring clients keep working:
/// reading components and incidents is public, reporting a component's status needs a write token (an API token or a
/// stackmon JWT).
/// </summary>
public static class StackmonEndpoints
{
    public static IServiceCollection AddStackmonApi(this IServiceCollection services)
    {
        services.AddOptions<StackmonApiOptions>().BindConfiguration(StackmonApiOptions.SectionName);
        services.AddSingleton<StackmonTokenValidator>();
        services.AddSingleton<ComponentStatusService>();
        return services;
    }

    public static IEndpointRouteBuilder MapStackmonApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Stackmon API");
        api.MapGet("/component_status", GetComponents).WithName("StackmonGetComponentStatus");
        api.MapPost("/component_status", PostComponentStatus).WithName("StackmonPostComponentStatus")
            .RequireAuthorization(ApiPolicies.Write).RequireRateLimiting(ApiPolicies.WriteRateLimit);
        api.MapGet("/incidents", GetIncidents).WithName("StackmonGetIncidents");
        return endpoints;
    }

    /// <summary>
    /// Components whose name starts with <paramref name="name"/>; with an attribute filter, the name must match
    /// exactly (when given) and a component must carry the attribute, and finding none is a 404, as in stackmon. Each
    /// lists the incidents that have not ended and those that ended in the last
    /// <see cref="StackmonComponentOptions.IncidentDays"/> days (docs/stackmon-api.md). The unfiltered list, the one
    /// clients poll, is kept serialized in <see cref="DocumentCache"/>; filtered ones are small and their keys are the
    /// client's to choose, so they are built per request.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, NotFound<StackmonMessage>>> GetComponents(
        string? name,
        [FromQuery(Name = "attribute_name")] string? attributeName,
        [FromQuery(Name = "attribute_value")] string? attributeValue,
        IDbContextFactory<StatusDbContext> contexts,
        DocumentCache documents,
        TimeProvider time,
        IOptions<StackmonComponentOptions> options,
        IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken)
    {
        var byAttribute = attributeName is not null && attributeValue is not null;
        var filtered = byAttribute || !string.IsNullOrEmpty(name);
        var document = await documents.GetOrBuildAsync(filtered ? null : "stackmon:component_status", ReadAsync, json.Value.SerializerOptions, cancellationToken);
        return document is null
            ? TypedResults.NotFound(new StackmonMessage("Component does not exist"))
            : TypedResults.Bytes(document.Body, "application/json; charset=utf-8");

        async Task<List<StackmonComponent>?> ReadAsync(PageFreshness freshness, CancellationToken token)
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            var query = db.Components.Where(c => c.RetiredAt == null);
            if (byAttribute)
            {
                query = query.Where(c => c.Attributes.Any(a => a.Name == attributeName && a.Value == attributeValue));
                if (!string.IsNullOrEmpty(name))
                {
                    query = query.Where(c => c.Service.Name == name);
                }
            }
            else if (!string.IsNullOrEmpty(name))
            {
                query = query.Where(c => c.Service.Name.StartsWith(name));
            }

            var days = options.Value.IncidentDays;
            var endedSince = time.GetUtcNow().AddDays(-days);
            var components = await query
                .Include(c => c.Service).Include(c => c.Attributes)
                .Include(c => c.Incidents.Where(i => i.End == null || i.End >= endedSince)).ThenInclude(i => i.Updates)
                .Include(c => c.Incidents).ThenInclude(i => i.Components)
                .AsSplitQuery()
                .OrderBy(c => c.Id)
                .ToListAsync(token);
            if (byAttribute && components.Count == 0)
            {
                return null;
            }

            // The list changes by time alone when its earliest-ended incident leaves the window.
            freshness.NoLaterThan(components.SelectMany(c => c.Incidents).Min(i => i.End)?.AddDays(days));
            return components.Select(StackmonComponent.From).ToList();
        }
    }

    private static async Task<Results<Ok<StackmonIncident>, Created<StackmonIncident>, BadRequest<StackmonMessage>, Conflict<StackmonConflict>>>
        PostComponentStatus(HttpContext context, ComponentStatusService statuses, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return TypedResults.BadRequest(new StackmonMessage($"body: not valid JSON ({exception.Message})"));
        }

        using (document)
        {
            var (request, error) = ComponentStatusRequest.Parse(document.RootElement);
            if (request is null)
            {
                return TypedResults.BadRequest(new StackmonMessage(error!));
            }

            using var _ = AuditActor.Begin(ComponentStatusService.Author);
            var result = await statuses.ReportAsync(request.Name, request.Impact, request.Attributes, request.Text, cancellationToken);
            return result switch
            {
                { Outcome: ComponentStatusOutcome.UnknownComponent } => TypedResults.BadRequest(new StackmonMessage(
                    $"Component not found: no component in service named '{request.Name}' with attributes {Describe(request.Attributes)}.")),
                { Outcome: ComponentStatusOutcome.AmbiguousComponent } => TypedResults.BadRequest(new StackmonMessage(
                    $"attributes: several components are named '{request.Name}'; add the region attribute to choose one.")),
                { Outcome: ComponentStatusOutcome.OperatorIncident, Incident: { } incident, Component: { } component } => TypedResults.Conflict(new StackmonConflict(
                    "Incident is active for the component",
                    Label(component),
                    incident.Id,
                    incident.Title,
                    $"An operator's incident already covers the component at impact {(int)incident.Impact}; the reported impact {(int)request.Impact} was not applied.")),
                { Changed: true, Incident: { } incident } => TypedResults.Created((string?)null, StackmonIncident.From(incident)),
                { Incident: { } incident } => TypedResults.Ok(StackmonIncident.From(incident)),
                _ => throw new InvalidOperationException($"Status report outcome {result.Outcome} without an incident."),
            };
        }
    }

    private static async Task<Ok<List<StackmonIncident>>> GetIncidents(IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incidents = await db.Incidents.Include(i => i.Components).Include(i => i.Updates)
            .AsSplitQuery().AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(incidents.Select(StackmonIncident.From).ToList());
    }

    private static string Label(Component component) => $"{component.Service.Name} ({component.Region.Name})";

    private static string Describe(IReadOnlyDictionary<string, string> attributes) =>
        attributes.Count == 0 ? "(none)" : string.Join(", ", attributes.Select(a => $"{a.Key}={a.Value}"));
}
