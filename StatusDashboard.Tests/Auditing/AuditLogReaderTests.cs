using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Auditing;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Auditing;

public sealed class AuditLogReaderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private CatalogTestHost host = null!;

    private AuditLogReader Reader => host.Services.GetRequiredService<AuditLogReader>();

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync();
        await using var db = host.OpenDatabase();
        db.AuditEntries.AddRange(
            Entry(T0, "alice", AuditActions.Created, "Category", "1"),
            Entry(T0.AddHours(1), "bob", AuditActions.Updated, "Category", "1"),
            Entry(T0.AddHours(2), "Alice Admin", AuditActions.Updated, "Service", "7"),
            Entry(T0.AddHours(3), "system", AuditActions.Deleted, "Incident", "1"),
            Entry(T0.AddHours(3), "bob", AuditActions.Created, "Region", "2"));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Read_IsNewestFirst_AndPaged_WithTheTotal()
    {
        var first = await Reader.ReadAsync(new AuditLogFilter(), pageIndex: 0, pageSize: 2, CancellationToken.None);
        var last = await Reader.ReadAsync(new AuditLogFilter(), pageIndex: 2, pageSize: 2, CancellationToken.None);

        Assert.Equal(5, first.Total);
        Assert.Equal([("Region", "2"), ("Incident", "1")], first.Entries.Select(e => (e.EntityType, e.EntityId!)));
        Assert.Equal(("Category", "created"), (Assert.Single(last.Entries).EntityType, last.Entries[0].Action));
    }

    [Theory]
    [InlineData("ALICE", null, null, null, "Service:7 Category:1")]
    [InlineData(null, "Category", null, null, "Category:1 Category:1")]
    [InlineData(null, null, "1", null, "Incident:1 Category:1 Category:1")]
    [InlineData(null, null, null, AuditActions.Created, "Region:2 Category:1")]
    [InlineData("bob", "Category", "1", AuditActions.Updated, "Category:1")]
    public async Task Filters_NarrowTheLog(string? actor, string? type, string? id, string? action, string expected)
    {
        var page = await Reader.ReadAsync(new AuditLogFilter(actor, type, id, action), 0, 50, CancellationToken.None);

        Assert.Equal(expected, string.Join(' ', page.Entries.Select(e => $"{e.EntityType}:{e.EntityId}")));
        Assert.Equal(page.Entries.Count, page.Total);
    }

    [Fact]
    public async Task TimeRange_IncludesItsStart_AndExcludesItsEnd()
    {
        var page = await Reader.ReadAsync(new AuditLogFilter(From: T0.AddHours(1), To: T0.AddHours(3)), 0, 50, CancellationToken.None);

        Assert.Equal(["Alice Admin", "bob"], page.Entries.Select(e => e.Actor));
    }

    [Fact]
    public async Task Choices_ListTheEntityTypesAndActionsInTheLog()
    {
        var choices = await Reader.ReadChoicesAsync(CancellationToken.None);

        Assert.Equal(["Category", "Incident", "Region", "Service"], choices.EntityTypes);
        Assert.Equal(["created", "deleted", "updated"], choices.Actions);
    }

    [Fact]
    public void Diff_LaysBothSidesOutFieldByField()
    {
        var entry = Entry(T0, "bob", AuditActions.Updated, "Incident", "1");
        entry.Before = """{"Title":"Slow disks","End":null}""";
        entry.After = """{"Title":"Slow disks in EU-West","End":"2026-03-01T02:00:00+00:00"}""";

        Assert.Equal(
            [new AuditFieldChange("Title", "Slow disks", "Slow disks in EU-West"), new AuditFieldChange("End", null, "2026-03-01T02:00:00+00:00")],
            AuditDiff.Of(entry));
    }

    [Fact]
    public void Diff_OfACreatedRow_HasOnlyAfterValues_AndPlainTextShowsAsItIs()
    {
        var created = Entry(T0, "bob", AuditActions.Created, "Region", "2");
        created.After = """{"Id":2,"Name":"EU-West"}""";
        var seeded = Entry(T0, "demo", "seed", "Incident", null);
        seeded.After = "4 demo incidents";

        Assert.Equal([new AuditFieldChange("Id", null, "2"), new AuditFieldChange("Name", null, "EU-West")], AuditDiff.Of(created));
        Assert.Equal([new AuditFieldChange("", null, "4 demo incidents")], AuditDiff.Of(seeded));
    }

    private static AuditEntry Entry(DateTimeOffset at, string actor, string action, string type, string? id) =>
        new() { Timestamp = at, Actor = actor, Action = action, EntityType = type, EntityId = id };
}
