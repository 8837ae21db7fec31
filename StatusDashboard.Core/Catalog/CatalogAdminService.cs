using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StatusDashboard.Core.Data;

namespace StatusDashboard.Core.Catalog;

/// <summary>
/// What administrators do to the catalog by hand: create, rename, reorder, retire and bring back. Each change is one
/// save, so the audit interceptor records it (by <see cref="Auditing.AuditActor.Current"/>) and the cache interceptor
/// drops the pages that show it. Names are unique ignoring case, so two rows never look alike on the page.
/// </summary>
public sealed class CatalogAdminService(
    IDbContextFactory<StatusDbContext> contexts, TimeProvider time, ILogger<CatalogAdminService> logger)
{
    /// <summary>The longest name the database keeps.</summary>
    public const int MaxNameLength = 200;

    public async Task<AdminCatalog> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking()
            .OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
            .Select(c => new AdminCategory(c.Id, c.Name, c.DisplayOrder, c.Services.Count))
            .ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking()
            .OrderBy(r => r.DisplayOrder).ThenBy(r => r.Name)
            .Select(r => new AdminRegion(r.Id, r.Name, r.DisplayOrder, r.Components.Count))
            .ToListAsync(cancellationToken);
        var components = (await db.Components.AsNoTracking()
            .OrderBy(c => c.Region.DisplayOrder).ThenBy(c => c.Region.Name)
            .Select(c => new AdminComponent(c.Id, c.ServiceId, c.RegionId, c.Region.Name, c.RetiredAt, c.Incidents.Count))
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.ServiceId);
        var services = await db.Services.AsNoTracking()
            .OrderBy(s => s.Category.DisplayOrder).ThenBy(s => s.Category.Name).ThenBy(s => s.DisplayOrder).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.CategoryId, Category = s.Category.Name, s.RetiredAt })
            .ToListAsync(cancellationToken);
        return new AdminCatalog(
            categories,
            regions,
            services.Select(s => new AdminService(s.Id, s.Name, s.CategoryId, s.Category, s.RetiredAt, components[s.Id].ToList())).ToList());
    }

    public Task<CatalogChangeResult> CreateCategoryAsync(string name, CancellationToken cancellationToken) =>
        CreateAsync(name, "category", db => db.Categories, (_, valid, _) => Task.FromResult<Category?>(new Category { Name = valid }), cancellationToken);

    public Task<CatalogChangeResult> CreateRegionAsync(string name, CancellationToken cancellationToken) =>
        CreateAsync(name, "region", db => db.Regions, (_, valid, _) => Task.FromResult<Region?>(new Region { Name = valid }), cancellationToken);

    /// <summary>Adds a service at the end of its category; it shows on the page once it has a component.</summary>
    public Task<CatalogChangeResult> CreateServiceAsync(string name, int categoryId, CancellationToken cancellationToken) =>
        CreateAsync(
            name, "service", db => db.Services,
            async (db, valid, ct) => await db.Categories.AnyAsync(c => c.Id == categoryId, ct) ? new Service { Name = valid, CategoryId = categoryId } : null,
            cancellationToken);

    public Task<CatalogChangeResult> RenameCategoryAsync(int id, string name, CancellationToken cancellationToken) =>
        RenameAsync(id, name, "category", db => db.Categories, cancellationToken);

    public Task<CatalogChangeResult> RenameRegionAsync(int id, string name, CancellationToken cancellationToken) =>
        RenameAsync(id, name, "region", db => db.Regions, cancellationToken);

    public Task<CatalogChangeResult> RenameServiceAsync(int id, string name, CancellationToken cancellationToken) =>
        RenameAsync(id, name, "service", db => db.Services, cancellationToken);

    public Task<CatalogChangeResult> MoveCategoryAsync(int id, MoveDirection direction, CancellationToken cancellationToken) =>
        MoveAsync(id, direction, "category", db => db.Categories, (db, _) => db.Categories, cancellationToken);

    public Task<CatalogChangeResult> MoveRegionAsync(int id, MoveDirection direction, CancellationToken cancellationToken) =>
        MoveAsync(id, direction, "region", db => db.Regions, (db, _) => db.Regions, cancellationToken);

    /// <summary>Moves a service among the services of its own category, the only order the page shows.</summary>
    public Task<CatalogChangeResult> MoveServiceAsync(int id, MoveDirection direction, CancellationToken cancellationToken) =>
        MoveAsync(id, direction, "service", db => db.Services, (db, service) => db.Services.Where(s => s.CategoryId == service.CategoryId), cancellationToken);

    /// <summary>Adds the service in the region. A retired pair is brought back with <see cref="SetComponentRetiredAsync"/> instead.</summary>
    public async Task<CatalogChangeResult> CreateComponentAsync(int serviceId, int regionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var service = await db.Services.FindAsync([serviceId], cancellationToken);
        if (service is null)
        {
            return CatalogChangeResult.Invalid("Service", "Choose a service.");
        }

        var region = await db.Regions.FindAsync([regionId], cancellationToken);
        if (region is null)
        {
            return CatalogChangeResult.Invalid("Region", "Choose a region.");
        }

        var existing = await db.Components.FirstOrDefaultAsync(c => c.ServiceId == serviceId && c.RegionId == regionId, cancellationToken);
        if (existing is not null)
        {
            return ComponentExists(service.Name, region.Name, existing.RetiredAt is not null);
        }

        db.Components.Add(new Component { ServiceId = serviceId, RegionId = regionId });
        return await SaveAsync(db, ComponentExists(service.Name, region.Name, retired: false), cancellationToken);
    }

    /// <summary>Retires a service (all its components leave the public page) or brings it back; its history stays.</summary>
    public Task<CatalogChangeResult> SetServiceRetiredAsync(int id, bool retired, CancellationToken cancellationToken) =>
        SetRetiredAsync(id, retired, "service", db => db.Services, cancellationToken);

    /// <summary>Retires a component (it leaves the public page, its incidents keep it) or brings it back.</summary>
    public Task<CatalogChangeResult> SetComponentRetiredAsync(int id, bool retired, CancellationToken cancellationToken) =>
        SetRetiredAsync(id, retired, "component", db => db.Components, cancellationToken);

    private async Task<CatalogChangeResult> CreateAsync<T>(
        string name, string kind, Func<StatusDbContext, DbSet<T>> set, Func<StatusDbContext, string, CancellationToken, Task<T?>> create, CancellationToken cancellationToken)
        where T : class, IOrderedCatalogRow
    {
        if (Validate(name, out var valid) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(set(db), valid, exceptId: 0, cancellationToken))
        {
            return NameTaken(kind, valid);
        }

        if (await create(db, valid, cancellationToken) is not { } row)
        {
            return CatalogChangeResult.Invalid("Category", "Choose a category.");
        }

        // Last in display order; new rows are few, so reading the maximum is cheap.
        row.DisplayOrder = (await set(db).MaxAsync(r => (int?)r.DisplayOrder, cancellationToken) ?? -1) + 1;
        set(db).Add(row);
        return await SaveAsync(db, NameTaken(kind, valid), cancellationToken);
    }

    private async Task<CatalogChangeResult> RenameAsync<T>(
        int id, string name, string kind, Func<StatusDbContext, DbSet<T>> set, CancellationToken cancellationToken)
        where T : class, IOrderedCatalogRow
    {
        if (Validate(name, out var valid) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await set(db).FindAsync([id], cancellationToken) is not { } row)
        {
            return Gone(kind);
        }

        if (await NameTakenAsync(set(db), valid, id, cancellationToken))
        {
            return NameTaken(kind, valid);
        }

        logger.LogInformation("Renaming {Kind} {Id} from {OldName} to {NewName}", kind, id, row.Name, valid);
        row.Name = valid;
        return await SaveAsync(db, NameTaken(kind, valid), cancellationToken);
    }

    /// <summary>
    /// Swaps the row with its neighbour. The siblings keep the set of display orders they had (made distinct if
    /// needed), so a service moved within its category never jumps past services of other categories.
    /// </summary>
    private async Task<CatalogChangeResult> MoveAsync<T>(
        int id, MoveDirection direction, string kind, Func<StatusDbContext, DbSet<T>> set,
        Func<StatusDbContext, T, IQueryable<T>> siblingsOf, CancellationToken cancellationToken)
        where T : class, IOrderedCatalogRow
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await set(db).FindAsync([id], cancellationToken) is not { } row)
        {
            return Gone(kind);
        }

        var siblings = (await siblingsOf(db, row).ToListAsync(cancellationToken))
            .OrderBy(s => s.DisplayOrder).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var slots = siblings.Select(s => s.DisplayOrder).ToList();
        for (var i = 1; i < slots.Count; i++)
        {
            slots[i] = Math.Max(slots[i], slots[i - 1] + 1);
        }

        var index = siblings.IndexOf(row);
        var target = direction == MoveDirection.Up ? index - 1 : index + 1;
        if (target < 0 || target >= siblings.Count)
        {
            return CatalogChangeResult.Done;
        }

        (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].DisplayOrder = slots[i];
        }

        logger.LogInformation("Moving {Kind} {Id} {Direction}", kind, id, direction);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogChangeResult.Done;
    }

    private async Task<CatalogChangeResult> SetRetiredAsync<T>(
        int id, bool retired, string kind, Func<StatusDbContext, DbSet<T>> set, CancellationToken cancellationToken)
        where T : class, IRetirableCatalogRow
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await set(db).FindAsync([id], cancellationToken) is not { } row)
        {
            return Gone(kind);
        }

        if (row.RetiredAt is not null == retired)
        {
            return CatalogChangeResult.Done;
        }

        row.RetiredAt = retired ? time.GetUtcNow() : null;
        logger.LogInformation("{Action} {Kind} {Id}", retired ? "Retiring" : "Bringing back", kind, id);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogChangeResult.Done;
    }

    private static CatalogChangeResult? Validate(string? name, out string valid)
    {
        valid = name?.Trim() ?? "";
        if (valid.Length == 0)
        {
            return CatalogChangeResult.Invalid(CatalogChangeResult.NameField, "Enter a name.");
        }

        return valid.Length > MaxNameLength
            ? CatalogChangeResult.Invalid(CatalogChangeResult.NameField, $"A name has at most {MaxNameLength} characters; this one has {valid.Length}.")
            : null;
    }

    private static Task<bool> NameTakenAsync<T>(DbSet<T> set, string name, int exceptId, CancellationToken cancellationToken)
        where T : class, IOrderedCatalogRow
    {
        var lower = name.ToLower();
        return set.AnyAsync(r => r.Id != exceptId && r.Name.ToLower() == lower, cancellationToken);
    }

    /// <summary>Saves; a unique index violation (another administrator was faster) becomes <paramref name="collision"/>.</summary>
    private static async Task<CatalogChangeResult> SaveAsync(StatusDbContext db, CatalogChangeResult collision, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CatalogChangeResult.Done;
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            return collision;
        }
    }

    private static CatalogChangeResult NameTaken(string kind, string name) =>
        CatalogChangeResult.Invalid(CatalogChangeResult.NameField, $"There is already a {kind} named '{name}' (names are compared ignoring case).");

    private static CatalogChangeResult ComponentExists(string service, string region, bool retired) =>
        CatalogChangeResult.Invalid("Region", retired
            ? $"{service} in {region} exists but is retired: bring it back instead."
            : $"{service} in {region} already exists.");

    private static CatalogChangeResult Gone(string kind) =>
        CatalogChangeResult.Invalid(null, $"That {kind} no longer exists; someone else may have changed the catalog. Reload the page.");
}
