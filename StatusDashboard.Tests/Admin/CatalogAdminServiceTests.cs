using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.StatusPage;
using StatusDashboard.Tests.Pages;

namespace StatusDashboard.Tests.Admin;

/// <summary>The admin service on the real host, read back through the public page's own reader and cache.</summary>
public sealed class CatalogAdminServiceTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly StatusPageFactory host = new();

    private CatalogAdminService Admin => host.Services.GetRequiredService<CatalogAdminService>();

    private StatusPageReader Reader => host.Services.GetRequiredService<StatusPageReader>();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Create_AddsCategoryRegionServiceAndComponent_AndTheComponentShowsOnThePublicBoard()
    {
        _ = host.Server;
        Assert.True((await Admin.CreateCategoryAsync("  Storage ", None)).Succeeded);
        Assert.True((await Admin.CreateRegionAsync("EU-West", None)).Succeeded);
        var catalog = await Admin.ReadAsync(None);
        Assert.True((await Admin.CreateServiceAsync("Object Storage", catalog.Categories.Single().Id, None)).Succeeded);
        catalog = await Admin.ReadAsync(None);

        Assert.True((await Admin.CreateComponentAsync(catalog.Services.Single().Id, catalog.Regions.Single().Id, None)).Succeeded);

        var board = await Reader.GetBoardAsync();
        var card = Assert.Single(board.Categories);
        Assert.Equal("Storage", card.Name);
        Assert.Equal(("Object Storage", "EU-West"), (card.Components.Single().Service, card.Components.Single().Region));
    }

    [Theory]
    [InlineData("", "Enter a name.")]
    [InlineData("   ", "Enter a name.")]
    public async Task Create_RejectsAnEmptyName_OnTheNameField(string name, string message)
    {
        _ = host.Server;
        var result = await Admin.CreateRegionAsync(name, None);

        Assert.Equal(CatalogChangeResult.Invalid(CatalogChangeResult.NameField, message), result);
        Assert.Empty((await Admin.ReadAsync(None)).Regions);
    }

    [Fact]
    public async Task Create_RejectsANameLongerThanTheLimit()
    {
        _ = host.Server;
        var result = await Admin.CreateCategoryAsync(new string('x', CatalogAdminService.MaxNameLength + 1), None);

        Assert.False(result.Succeeded);
        Assert.Equal((CatalogChangeResult.NameField, "A name has at most 200 characters; this one has 201."), (result.Field, result.Error));
        Assert.True((await Admin.CreateCategoryAsync(new string('x', CatalogAdminService.MaxNameLength), None)).Succeeded);
    }

    [Fact]
    public async Task CreateAndRename_CollidingWithAnotherName_IgnoringCase_SaySo_AndChangeNothing()
    {
        await SeedAsync();
        var storage = (await Admin.ReadAsync(None)).Categories.Single(c => c.Name == "Storage");

        var created = await Admin.CreateCategoryAsync("storage", None);
        var renamed = await Admin.RenameCategoryAsync(storage.Id, "COMPUTE", None);

        Assert.Equal("There is already a category named 'storage' (names are compared ignoring case).", created.Error);
        Assert.Equal((CatalogChangeResult.NameField, "There is already a category named 'COMPUTE' (names are compared ignoring case)."), (renamed.Field, renamed.Error));
        Assert.Equal(["Compute", "Storage"], (await Admin.ReadAsync(None)).Categories.Select(c => c.Name).Order());
    }

    [Fact]
    public async Task Rename_ToItsOwnNameInOtherCase_IsAllowed_AndShowsOnThePublicBoard()
    {
        await SeedAsync();
        await Reader.GetBoardAsync();
        var service = (await Admin.ReadAsync(None)).Services.Single(s => s.Name == "Object Storage");

        Assert.True((await Admin.RenameServiceAsync(service.Id, "Object storage", None)).Succeeded);

        var board = await Reader.GetBoardAsync();
        Assert.Contains(board.Categories.SelectMany(c => c.Components), c => c.Service == "Object storage");
        Assert.DoesNotContain(board.Categories.SelectMany(c => c.Components), c => c.Service == "Object Storage");
    }

    [Fact]
    public async Task Move_ReordersCategoriesOnThePublicBoard_AndStopsAtTheEnds()
    {
        await SeedAsync();
        var storage = (await Admin.ReadAsync(None)).Categories.Single(c => c.Name == "Storage");
        Assert.Equal(["Compute", "Storage"], (await Reader.GetBoardAsync()).Categories.Select(c => c.Name));

        await Admin.MoveCategoryAsync(storage.Id, MoveDirection.Up, None);
        await Admin.MoveCategoryAsync(storage.Id, MoveDirection.Up, None);

        Assert.Equal(["Storage", "Compute"], (await Reader.GetBoardAsync()).Categories.Select(c => c.Name));
        Assert.Equal(["Storage", "Compute"], (await Admin.ReadAsync(None)).Categories.Select(c => c.Name));
    }

    [Fact]
    public async Task MoveService_StaysWithinItsCategory()
    {
        await SeedAsync();
        var services = (await Admin.ReadAsync(None)).Services;
        var block = services.Single(s => s.Name == "Block Storage");

        await Admin.MoveServiceAsync(block.Id, MoveDirection.Up, None);

        var after = await Admin.ReadAsync(None);
        Assert.Equal(["Virtual Machines", "Block Storage", "Object Storage"], after.Services.Select(s => s.Name));
        Assert.Equal(["Block Storage", "Object Storage"], (await Reader.GetBoardAsync()).Categories.Single(c => c.Name == "Storage").Components.Select(c => c.Service).Distinct());
    }

    [Fact]
    public async Task MoveRegion_ChangesTheTabOrder()
    {
        await SeedAsync();
        var east = (await Admin.ReadAsync(None)).Regions.Single(r => r.Name == "EU-East");

        await Admin.MoveRegionAsync(east.Id, MoveDirection.Up, None);

        Assert.Equal(["EU-East", "EU-West"], (await Reader.GetBoardAsync()).Regions);
    }

    [Fact]
    public async Task CreateComponent_ThatExists_SaysSo_AndPointsToARetiredOne()
    {
        await SeedAsync();
        var catalog = await Admin.ReadAsync(None);
        var objectStorage = catalog.Services.Single(s => s.Name == "Object Storage");
        var west = objectStorage.Components.Single(c => c.RegionName == "EU-West");

        var duplicate = await Admin.CreateComponentAsync(objectStorage.Id, west.RegionId, None);
        await Admin.SetComponentRetiredAsync(west.Id, retired: true, None);
        var retired = await Admin.CreateComponentAsync(objectStorage.Id, west.RegionId, None);

        Assert.Equal(("Region", "Object Storage in EU-West already exists."), (duplicate.Field, duplicate.Error));
        Assert.Equal("Object Storage in EU-West exists but is retired: bring it back instead.", retired.Error);
    }

    [Fact]
    public async Task CreateComponent_WithoutAServiceOrRegion_SaysWhichToChoose()
    {
        await SeedAsync();
        var region = (await Admin.ReadAsync(None)).Regions[0];

        Assert.Equal(("Service", "Choose a service."), Describe(await Admin.CreateComponentAsync(0, region.Id, None)));
        Assert.Equal(("Region", "Choose a region."), Describe(await Admin.CreateComponentAsync((await Admin.ReadAsync(None)).Services[0].Id, 0, None)));
    }

    [Fact]
    public async Task RetireComponent_HidesItFromTheBoard_KeepsItsIncident_AndBringingItBackShowsItAgain()
    {
        await SeedAsync();
        var west = (await Admin.ReadAsync(None)).Services.Single(s => s.Name == "Object Storage").Components.Single(c => c.RegionName == "EU-West");
        var incidentId = await AddIncidentOnAsync(west.Id);
        Assert.Contains(await BoardComponentIdsAsync(), id => id == west.Id);

        await Admin.SetComponentRetiredAsync(west.Id, retired: true, None);

        Assert.DoesNotContain(await BoardComponentIdsAsync(), id => id == west.Id);
        var incident = await Reader.GetIncidentAsync(incidentId);
        Assert.Equal(["Object Storage"], incident!.Affected.Single(r => r.Region == "EU-West").Services);
        var listed = (await Admin.ReadAsync(None)).Services.Single(s => s.Name == "Object Storage").Components.Single(c => c.Id == west.Id);
        Assert.Equal((StatusPageFactory.Now, 1), (listed.RetiredAt, listed.IncidentCount));

        await Admin.SetComponentRetiredAsync(west.Id, retired: false, None);

        Assert.Contains(await BoardComponentIdsAsync(), id => id == west.Id);
    }

    [Fact]
    public async Task RetireService_HidesAllItsComponents_AndARegionLeftEmpty_UntilBroughtBack()
    {
        await SeedAsync();
        var service = (await Admin.ReadAsync(None)).Services.Single(s => s.Name == "Object Storage");
        var ids = service.Components.Select(c => c.Id).ToList();

        await Admin.SetServiceRetiredAsync(service.Id, retired: true, None);
        var board = await Reader.GetBoardAsync();
        Assert.Empty(board.Categories.SelectMany(c => c.Components).Select(c => c.Id).Intersect(ids));
        Assert.Equal(["EU-West"], board.Regions);

        await Admin.SetServiceRetiredAsync(service.Id, retired: false, None);
        board = await Reader.GetBoardAsync();
        Assert.Equal(ids.Order(), board.Categories.SelectMany(c => c.Components).Select(c => c.Id).Intersect(ids).Order());
        Assert.Equal(["EU-West", "EU-East"], board.Regions);
    }

    [Fact]
    public async Task Changes_AreAuditedAsTheActor()
    {
        await SeedAsync();
        var service = (await Admin.ReadAsync(None)).Services.Single(s => s.Name == "Object Storage");

        using (AuditActor.Begin("root"))
        {
            await Admin.RenameServiceAsync(service.Id, "Objects", None);
            await Admin.SetServiceRetiredAsync(service.Id, retired: true, None);
        }

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(e => e.EntityType == "Service" && e.Action != AuditActions.Created).OrderBy(e => e.Id).ToListAsync();
        Assert.All(entries, e => Assert.Equal(("root", AuditActions.Updated, service.Id.ToString()), (e.Actor, e.Action, e.EntityId)));
        Assert.Equal(["{\"Name\":\"Objects\"}", "{\"RetiredAt\":\"2026-11-16T12:00:00+00:00\"}"], entries.Select(e => e.After));
    }

    [Fact]
    public async Task ChangesToARowThatIsGone_SayToReload()
    {
        _ = host.Server;

        var result = await Admin.RenameRegionAsync(404, "Nowhere", None);

        Assert.Equal((null, "That region no longer exists; someone else may have changed the catalog. Reload the page."), Describe(result));
    }

    private static (string? Field, string? Error) Describe(CatalogChangeResult result) => (result.Field, result.Error);

    private async Task<List<int>> BoardComponentIdsAsync() =>
        (await Reader.GetBoardAsync()).Categories.SelectMany(c => c.Components).Select(c => c.Id).ToList();

    private Task SeedAsync() => host.SeedAsync(db =>
    {
        var catalog = new CatalogBuilder(db);
        catalog.Component("Compute", "Virtual Machines", "EU-West");
        catalog.Component("Storage", "Object Storage", "EU-West");
        catalog.Component("Storage", "Object Storage", "EU-East");
        catalog.Component("Storage", "Block Storage", "EU-West");
    });

    private async Task<int> AddIncidentOnAsync(int componentId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();
        var incident = new Incident { Title = "Slow uploads", Impact = Impact.Minor, Start = StatusPageFactory.Now.AddHours(-1) };
        incident.Components.Add(await db.Components.SingleAsync(c => c.Id == componentId));
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id;
    }
}
