using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Api.Reference;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Api.Writes;

/// <summary>
/// Components (a service in a region) through <see cref="CatalogAdminService"/>, the admin page's own writes and rules:
/// one component per service and region, a retired one is brought back on the page rather than created again.
/// </summary>
public static class ComponentApiEndpoints
{
    public static void MapComponentApi(RouteGroupBuilder reads, RouteGroupBuilder writes)
    {
        reads.MapGet("/components", ListComponents).WithName("ApiListComponents").WithTags("Components")
            .WithSummary("Every component").WithDescription("Retired ones included, with retired_at set; in the catalog's order.");
        reads.MapGet("/components/{id:int}", GetComponent).WithName("ApiGetComponent").WithTags("Components")
            .WithSummary("A component");
        writes.MapPost("/components", CreateComponent).WithName("ApiCreateComponent").WithTags("Components")
            .WithSummary("Offer a service in a region").WithDescription("The service and the region exist already (created on the admin page).")
            .WithJsonBody<CreateComponentRequest>();
        writes.MapDelete("/components/{id:int}", RetireComponent).WithName("ApiRetireComponent").WithTags("Components")
            .WithSummary("Retire a component")
            .WithDescription("It leaves the public page; its incidents and history stay. Retiring a retired component changes nothing.");
    }

    private static async Task<Ok<List<ComponentDocument>>> ListComponents(IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(await Documents(db.Components).ToListAsync(cancellationToken));
    }

    private static async Task<Results<Ok<ComponentDocument>, ProblemHttpResult>> GetComponent(
        int id, IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken) =>
        await FindAsync(contexts, c => c.Id == id, cancellationToken) is { } component
            ? TypedResults.Ok(component)
            : WriteProblems.NotFound("component", id);

    private static async Task<Results<Created<ComponentDocument>, ProblemHttpResult>> CreateComponent(
        HttpRequest request, ClaimsPrincipal user, CatalogAdminService catalog, IDbContextFactory<StatusDbContext> contexts,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<CreateComponentRequest>(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        int serviceId = body.ServiceId!.Value, regionId = body.RegionId!.Value;
        CatalogChangeResult result;
        using (AuditActor.Begin(IncidentApiEndpoints.Caller(user)))
        {
            result = await catalog.CreateComponentAsync(serviceId, regionId, cancellationToken);
        }

        if (!result.Succeeded)
        {
            return WriteProblems.Invalid(WriteProblems.ApiName(result.Field ?? "body"), result.Error!);
        }

        var created = await FindAsync(contexts, c => c.ServiceId == serviceId && c.RegionId == regionId, cancellationToken)
            ?? throw new InvalidOperationException($"The component of service {serviceId} in region {regionId} was saved but cannot be read back.");
        return TypedResults.Created($"/api/v2/components/{created.Id}", created);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetireComponent(
        int id, ClaimsPrincipal user, CatalogAdminService catalog, CancellationToken cancellationToken)
    {
        CatalogChangeResult result;
        using (AuditActor.Begin(IncidentApiEndpoints.Caller(user)))
        {
            result = await catalog.SetComponentRetiredAsync(id, retired: true, cancellationToken);
        }

        // The catalog names no field only when the row is gone.
        return result switch
        {
            { Succeeded: true } => TypedResults.NoContent(),
            { Field: null } => WriteProblems.NotFound("component", id),
            _ => WriteProblems.Invalid(WriteProblems.ApiName(result.Field), result.Error!),
        };
    }

    private static async Task<ComponentDocument?> FindAsync(
        IDbContextFactory<StatusDbContext> contexts, System.Linq.Expressions.Expression<Func<Component, bool>> which, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Documents(db.Components.Where(which)).FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<ComponentDocument> Documents(IQueryable<Component> components) => components
        .AsNoTracking()
        .OrderBy(c => c.Region.DisplayOrder).ThenBy(c => c.Service.Category.DisplayOrder).ThenBy(c => c.Service.DisplayOrder).ThenBy(c => c.Id)
        .Select(c => new ComponentDocument(c.Id, c.ServiceId, c.Service.Name, c.RegionId, c.Region.Name, c.Service.Category.Name, c.RetiredAt));
}
