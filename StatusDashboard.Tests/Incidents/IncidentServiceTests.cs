using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Incidents;

public sealed class IncidentServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = IncidentDatabase.Now;
    private IncidentDatabase database = null!;

    private IncidentService Service => database.Service;

    public async Task InitializeAsync() => database = await IncidentDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private NewIncident ValidIncident(string title = "Uploads are failing", string text = "We are looking into it.") =>
        new(title, Impact.Major, database.ComponentIds.Take(2).ToList(), Now.AddHours(-1), text, IncidentStatus.Analyzing);

    private async Task<IncidentSnapshot> UpdateAsync(IncidentSnapshot incident, NewUpdate update)
    {
        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, update, "bob");
        Assert.True(result.Succeeded, $"{result.Outcome}: {string.Join("; ", result.Errors)}");
        return (await database.Reader.GetAsync(incident.Id))!;
    }

    [Fact]
    public async Task CreateIncident_StoresTitleImpactComponentsStartAndFirstUpdateByTheActor()
    {
        var result = await Service.CreateIncidentAsync(ValidIncident(text: "Uploads **fail** <b>now</b>"), "alice");

        var incident = (await database.Reader.GetAsync(result.IncidentId!.Value))!;
        Assert.Equal(("Uploads are failing", Impact.Major, Now.AddHours(-1), (DateTimeOffset?)null), (incident.Title, incident.Impact, incident.Start, incident.End));
        Assert.Equal(database.ComponentIds.Take(2).Order(), incident.Components.Select(c => c.Id).Order());
        var update = Assert.Single(incident.Updates);
        Assert.Equal((IncidentStatus.Analyzing, Now.AddHours(-1), "Uploads **fail** <b>now</b>", "alice"), (update.Status, update.Timestamp, update.Text, update.Author));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public async Task CreateIncident_AcceptsTitlesOf8To200Characters(int length, bool accepted)
    {
        var result = await Service.CreateIncidentAsync(ValidIncident(title: new string('t', length)), "alice");

        Assert.Equal(accepted, result.Succeeded);
        Assert.Equal(accepted ? null : $"The title needs 8 to 200 characters; it has {length}.", result.ErrorFor(IncidentFields.Title));
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    public async Task CreateIncident_AcceptsUpdateTextOf10To10000Characters(int length, bool accepted)
    {
        var result = await Service.CreateIncidentAsync(ValidIncident(text: new string('x', length)), "alice");

        Assert.Equal(accepted, result.Succeeded);
        Assert.Equal(accepted, result.ErrorFor(IncidentFields.Text) is null);
    }

    [Fact]
    public async Task CreateIncident_ListsEveryFieldError_AndSavesNothing()
    {
        var result = await Service.CreateIncidentAsync(
            new NewIncident("short", Impact.Maintenance, [], Now.AddMinutes(1), "too short", IncidentStatus.Resolved), "alice");

        Assert.Equal(IncidentOutcome.Invalid, result.Outcome);
        Assert.Equal(
            [IncidentFields.Title, IncidentFields.Impact, IncidentFields.Status, IncidentFields.Start, IncidentFields.Text, IncidentFields.Components],
            result.Errors.Select(e => e.Field));
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Incidents.CountAsync());
    }

    [Fact]
    public async Task CreateIncident_RejectsComponentsThatDoNotExist()
    {
        var result = await Service.CreateIncidentAsync(ValidIncident() with { ComponentIds = [database.ComponentIds[0], 9999] }, "alice");

        Assert.NotNull(result.ErrorFor(IncidentFields.Components));
    }

    [Fact]
    public async Task CreateMaintenance_IsScheduledWithItsWindow()
    {
        var maintenance = await database.PlanMaintenanceAsync();

        Assert.Equal((Impact.Maintenance, Now.AddHours(1), (DateTimeOffset?)Now.AddHours(3)), (maintenance.Impact, maintenance.Start, maintenance.End));
        var update = Assert.Single(maintenance.Updates);
        Assert.Equal((IncidentStatus.Scheduled, Now), (update.Status, update.Timestamp));
    }

    [Fact]
    public async Task CreateMaintenance_RejectsAnEndBeforeTheStart()
    {
        var result = await Service.CreateMaintenanceAsync(
            new NewMaintenance("DNS server upgrade", Now.AddHours(3), Now.AddHours(1), "We upgrade the DNS servers.", [database.ComponentIds[2]]), "alice");

        Assert.Equal("The end cannot be before the start.", result.ErrorFor(IncidentFields.End));
    }

    [Theory]
    [InlineData(IncidentStatus.Analyzing)]
    [InlineData(IncidentStatus.Fixing)]
    [InlineData(IncidentStatus.Observing)]
    public async Task AddUpdate_KeepsTheIncidentOpen_ForProgressStatuses(IncidentStatus status)
    {
        var incident = await database.OpenIncidentAsync();

        var updated = await UpdateAsync(incident, new NewUpdate(status, "Progress is being made.", Now));

        Assert.Null(updated.End);
        Assert.Equal(status, updated.Latest.First().Status);
        Assert.NotEqual(incident.Version, updated.Version);
    }

    [Fact]
    public async Task AddUpdate_ImpactChanged_ChangesTheImpact()
    {
        var incident = await database.OpenIncidentAsync();

        var updated = await UpdateAsync(incident, new NewUpdate(IncidentStatus.ImpactChanged, "It is now a full outage.", Now, NewImpact: Impact.Outage));

        Assert.Equal(Impact.Outage, updated.Impact);
    }

    [Fact]
    public async Task AddUpdate_ImpactChanged_NeedsANewIncidentImpact()
    {
        var incident = await database.OpenIncidentAsync();

        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.ImpactChanged, "Now a maintenance?", Now, NewImpact: Impact.Maintenance), "bob");

        Assert.NotNull(result.ErrorFor(IncidentFields.Impact));
    }

    [Fact]
    public async Task AddUpdate_ResolvedSetsTheEnd_AndReopenedClearsIt()
    {
        var incident = await database.OpenIncidentAsync();

        var resolved = await UpdateAsync(incident, new NewUpdate(IncidentStatus.Resolved, "Uploads work again.", Now.AddMinutes(-5)));
        Assert.Equal(Now.AddMinutes(-5), resolved.End);

        var reopened = await UpdateAsync(resolved, new NewUpdate(IncidentStatus.Reopened, "Uploads fail again.", Now));
        Assert.Null(reopened.End);
    }

    [Fact]
    public async Task AddUpdate_Reopened_IsRejectedOnAnOpenIncident()
    {
        var incident = await database.OpenIncidentAsync();

        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Reopened, "Reopening it now.", Now), "bob");

        Assert.NotNull(result.ErrorFor(IncidentFields.Status));
    }

    [Fact]
    public async Task AddUpdate_Changed_SetsTheNewEnd()
    {
        var incident = await database.OpenIncidentAsync();
        var resolved = await UpdateAsync(incident, new NewUpdate(IncidentStatus.Resolved, "Uploads work again.", Now));

        var changed = await UpdateAsync(resolved, new NewUpdate(IncidentStatus.Changed, "It really ended earlier.", Now, NewEnd: Now.AddMinutes(-30)));

        Assert.Equal(Now.AddMinutes(-30), changed.End);
    }

    [Fact]
    public async Task AddUpdate_Changed_RejectsAnEndBeforeTheStart()
    {
        var incident = await database.OpenIncidentAsync();

        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Changed, "It ended long ago.", Now, NewEnd: Now.AddHours(-2)), "bob");

        Assert.Equal("The end cannot be before the start.", result.ErrorFor(IncidentFields.End));
    }

    [Fact]
    public async Task AddUpdate_RejectsATimeInTheFuture_AndBeforeTheStart()
    {
        var incident = await database.OpenIncidentAsync();

        var future = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Fixing, "A fix is deployed.", Now.AddSeconds(1)), "bob");
        var early = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Fixing, "A fix is deployed.", Now.AddHours(-1).AddSeconds(-1)), "bob");

        Assert.Equal("This time is in the future.", future.ErrorFor(IncidentFields.Timestamp));
        Assert.Equal("An update cannot be earlier than the incident's start.", early.ErrorFor(IncidentFields.Timestamp));
    }

    [Fact]
    public async Task AddUpdate_RejectsTextOf9Characters()
    {
        var incident = await database.OpenIncidentAsync();

        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Fixing, "123456789", Now), "bob");

        Assert.Equal("The text needs 10 to 10,000 characters; it has 9.", result.ErrorFor(IncidentFields.Text));
    }

    [Theory]
    [InlineData(IncidentStatus.InProgress)]
    [InlineData(IncidentStatus.Scheduled)]
    public async Task AddUpdate_RejectsMaintenanceStatusesOnAnIncident(IncidentStatus status)
    {
        var incident = await database.OpenIncidentAsync();

        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(status, "Work is under way.", Now), "bob");

        Assert.NotNull(result.ErrorFor(IncidentFields.Status));
    }

    [Theory]
    [InlineData(IncidentStatus.Fixing)]
    [InlineData(IncidentStatus.Resolved)]
    public async Task AddUpdate_RejectsIncidentStatusesOnAMaintenance(IncidentStatus status)
    {
        var maintenance = await database.PlanMaintenanceAsync();

        var result = await Service.AddUpdateAsync(maintenance.Id, maintenance.Version, new NewUpdate(status, "Work is under way.", Now), "bob");

        Assert.NotNull(result.ErrorFor(IncidentFields.Status));
    }

    [Fact]
    public async Task AddUpdate_Maintenance_InProgressThenCompletedSetsTheEnd()
    {
        var maintenance = await database.PlanMaintenanceAsync();
        database.Clock.Advance(TimeSpan.FromHours(2));

        var started = await UpdateAsync(maintenance, new NewUpdate(IncidentStatus.InProgress, "The upgrade has begun.", Now.AddHours(1)));
        var completed = await UpdateAsync(started, new NewUpdate(IncidentStatus.Completed, "The upgrade is done.", Now.AddHours(2)));

        Assert.Equal(Now.AddHours(2), completed.End);
        Assert.Equal([IncidentStatus.Completed, IncidentStatus.InProgress, IncidentStatus.Scheduled], completed.Latest.Select(u => u.Status));
    }

    [Fact]
    public async Task AddUpdate_Maintenance_CannotBeCompletedBeforeItStarts()
    {
        var maintenance = await database.PlanMaintenanceAsync();

        var result = await Service.AddUpdateAsync(maintenance.Id, maintenance.Version, new NewUpdate(IncidentStatus.Completed, "Done before we began.", Now), "bob");

        Assert.Equal("A maintenance cannot be in progress or completed before its window starts.", result.ErrorFor(IncidentFields.Timestamp));
    }

    [Fact]
    public async Task AddUpdate_Maintenance_ModifiedMovesTheWindow()
    {
        var maintenance = await database.PlanMaintenanceAsync();

        var modified = await UpdateAsync(maintenance, new NewUpdate(IncidentStatus.Modified, "Moved by a day.", Now, NewStart: Now.AddDays(1), NewEnd: Now.AddDays(1).AddHours(2)));

        Assert.Equal((Now.AddDays(1), (DateTimeOffset?)Now.AddDays(1).AddHours(2)), (modified.Start, modified.End));
    }

    [Fact]
    public async Task AddUpdate_Maintenance_ModifiedRejectsAWindowEndingBeforeItStarts()
    {
        var maintenance = await database.PlanMaintenanceAsync();

        var result = await Service.AddUpdateAsync(maintenance.Id, maintenance.Version, new NewUpdate(IncidentStatus.Modified, "Moved by a day.", Now, NewStart: Now.AddDays(1), NewEnd: Now), "bob");

        Assert.NotNull(result.ErrorFor(IncidentFields.End));
    }

    [Fact]
    public async Task AddUpdate_Maintenance_CancelledBeforeItsWindowEndsItAtOnce()
    {
        var maintenance = await database.PlanMaintenanceAsync();

        var cancelled = await UpdateAsync(maintenance, new NewUpdate(IncidentStatus.Cancelled, "Not needed after all.", Now));

        Assert.Equal((Now, (DateTimeOffset?)Now), (cancelled.Start, cancelled.End));
        Assert.DoesNotContain(await database.Reader.ListOpenAsync(), i => i.Id == maintenance.Id);
    }

    [Fact]
    public async Task EditTitle_RenamesTheIncident_AndValidatesTheLength()
    {
        var incident = await database.OpenIncidentAsync();

        var invalid = await Service.EditTitleAsync(incident.Id, incident.Version, "Too sho", "bob");
        var saved = await Service.EditTitleAsync(incident.Id, incident.Version, "  Uploads fail in EU-West  ", "bob");

        Assert.NotNull(invalid.ErrorFor(IncidentFields.Title));
        Assert.True(saved.Succeeded);
        Assert.Equal("Uploads fail in EU-West", (await database.Reader.GetAsync(incident.Id))!.Title);
    }

    [Fact]
    public async Task AddUpdate_WithAStaleVersion_IsAConflictCarryingTheOtherOperatorsChange()
    {
        var incident = await database.OpenIncidentAsync();
        await UpdateAsync(incident, new NewUpdate(IncidentStatus.ImpactChanged, "It is now a full outage.", Now, NewImpact: Impact.Outage));

        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Fixing, "We deploy a fix.", Now), "carol");

        Assert.Equal(IncidentOutcome.Conflict, result.Outcome);
        Assert.Equal(Impact.Outage, result.Current!.Impact);
        Assert.Equal("It is now a full outage.", result.Current.Latest.First().Text);
        Assert.Equal(2, (await database.Reader.GetAsync(incident.Id))!.Updates.Count);
    }

    [Fact]
    public async Task EditTitle_WithAStaleVersion_IsAConflict_AndKeepsTheOtherTitle()
    {
        var incident = await database.OpenIncidentAsync();
        Assert.True((await Service.EditTitleAsync(incident.Id, incident.Version, "Bob's better title", "bob")).Succeeded);

        var result = await Service.EditTitleAsync(incident.Id, incident.Version, "Carol's other title", "carol");

        Assert.Equal(IncidentOutcome.Conflict, result.Outcome);
        Assert.Equal("Bob's better title", result.Current!.Title);
    }

    [Fact]
    public async Task AWriterSlippingInBetweenLoadAndSave_MakesItAConflict_AndNothingOfTheLoserIsSaved()
    {
        var incident = await database.OpenIncidentAsync();
        database.BeforeNextSave = async () =>
        {
            var result = await Service.EditTitleAsync(incident.Id, incident.Version, "Bob got there first", "bob");
            Assert.True(result.Succeeded);
        };

        var result = await Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Resolved, "Uploads work again.", Now), "carol");

        Assert.Equal(IncidentOutcome.Conflict, result.Outcome);
        Assert.Equal("Bob got there first", result.Current!.Title);
        var stored = (await database.Reader.GetAsync(incident.Id))!;
        Assert.Null(stored.End);
        Assert.Single(stored.Updates);
    }

    [Fact]
    public async Task EveryWrite_IsSavedAsTheActingOperator()
    {
        var incident = await database.OpenIncidentAsync();
        await Service.EditTitleAsync(incident.Id, incident.Version, "Uploads fail in EU-West", "bob");

        Assert.Equal(["alice", "bob"], database.SaveActors.TakeLast(2));
    }

    [Fact]
    public async Task AddUpdate_ToAnUnknownIncident_IsNotFound()
    {
        var result = await Service.AddUpdateAsync(4711, Guid.NewGuid(), new NewUpdate(IncidentStatus.Fixing, "We deploy a fix.", Now), "bob");

        Assert.Equal(IncidentOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Split_MovesComponentsIntoANewIncident_WithAnUpdatePointingBack()
    {
        var incident = await database.OpenIncidentAsync();

        var result = await Service.SplitAsync(incident.Id, incident.Version, [database.ComponentIds[1]], "Uploads fail in EU-North", copyTimeline: false, "bob");

        var split = (await database.Reader.GetAsync(result.IncidentId!.Value))!;
        var original = (await database.Reader.GetAsync(incident.Id))!;
        Assert.Equal([database.ComponentIds[1]], split.Components.Select(c => c.Id));
        Assert.Equal([database.ComponentIds[0]], original.Components.Select(c => c.Id));
        Assert.Equal((Impact.Major, incident.Start), (split.Impact, split.Start));
        var update = Assert.Single(split.Updates);
        Assert.Contains($"#{incident.Id}", update.Text);
        Assert.NotEqual(incident.Version, original.Version);
    }

    [Fact]
    public async Task Split_CanCopyTheTimeline()
    {
        var incident = await database.OpenIncidentAsync();
        incident = await UpdateAsync(incident, new NewUpdate(IncidentStatus.Fixing, "We deploy a fix.", Now));

        var result = await Service.SplitAsync(incident.Id, incident.Version, [database.ComponentIds[1]], "Uploads fail in EU-North", copyTimeline: true, "bob");

        var split = (await database.Reader.GetAsync(result.IncidentId!.Value))!;
        Assert.Equal(incident.Updates.Select(u => (u.Status, u.Timestamp, u.Text)), split.Updates.Select(u => (u.Status, u.Timestamp, u.Text)));
    }

    [Fact]
    public async Task Split_MustLeaveAComponent_AndMoveOnlyTheIncidentsOwn()
    {
        var incident = await database.OpenIncidentAsync();

        var all = await Service.SplitAsync(incident.Id, incident.Version, database.ComponentIds.Take(2).ToList(), "Uploads fail everywhere", copyTimeline: false, "bob");
        var foreign = await Service.SplitAsync(incident.Id, incident.Version, [database.ComponentIds[3]], "Uploads fail everywhere", copyTimeline: false, "bob");

        Assert.Equal("Leave at least one component with the original incident.", all.ErrorFor(IncidentFields.Components));
        Assert.Equal("Choose at least one of the incident's own components to move.", foreign.ErrorFor(IncidentFields.Components));
    }

    [Fact]
    public async Task Merge_MovesComponentsAndUpdates_AndClosesTheOtherWithAPointer()
    {
        var survivor = await database.OpenIncidentAsync("Uploads are failing", Impact.Minor, database.ComponentIds[0]);
        var other = await database.OpenIncidentAsync("DNS lookups time out", Impact.Outage, database.ComponentIds[2]);

        var result = await Service.MergeAsync(survivor.Id, survivor.Version, other.Id, other.Version, "bob");

        Assert.True(result.Succeeded);
        var merged = (await database.Reader.GetAsync(survivor.Id))!;
        var closed = (await database.Reader.GetAsync(other.Id))!;
        Assert.Equal([database.ComponentIds[0], database.ComponentIds[2]], merged.Components.Select(c => c.Id).Order());
        Assert.Equal(2, merged.Updates.Count);
        Assert.Equal(Impact.Outage, merged.Impact);
        Assert.Empty(closed.Components);
        Assert.Equal(Now, closed.End);
        var pointer = Assert.Single(closed.Updates);
        Assert.Equal(IncidentStatus.Resolved, pointer.Status);
        Assert.Contains($"#{survivor.Id}", pointer.Text);
    }

    [Fact]
    public async Task Merge_RejectsItself_AndAMaintenanceWithAnIncident()
    {
        var incident = await database.OpenIncidentAsync();
        var maintenance = await database.PlanMaintenanceAsync();

        var self = await Service.MergeAsync(incident.Id, incident.Version, incident.Id, incident.Version, "bob");
        var mixed = await Service.MergeAsync(incident.Id, incident.Version, maintenance.Id, maintenance.Version, "bob");

        Assert.NotNull(self.ErrorFor(IncidentFields.Other));
        Assert.Equal("An incident and a maintenance cannot be merged.", mixed.ErrorFor(IncidentFields.Other));
    }

    [Fact]
    public async Task Merge_WithAStaleVersionOfTheOther_IsAConflict()
    {
        var survivor = await database.OpenIncidentAsync();
        var other = await database.OpenIncidentAsync("DNS lookups time out", Impact.Minor, database.ComponentIds[2]);
        await UpdateAsync(other, new NewUpdate(IncidentStatus.Fixing, "We deploy a fix.", Now));

        var result = await Service.MergeAsync(survivor.Id, survivor.Version, other.Id, other.Version, "bob");

        Assert.Equal(IncidentOutcome.Conflict, result.Outcome);
        Assert.Equal(other.Id, result.Current!.Id);
    }

    [Fact]
    public async Task ListOpen_ShowsOpenIncidentsAndMaintenancesNotYetOver_MostSevereFirst()
    {
        var minor = await database.OpenIncidentAsync("Slow uploads now", Impact.Minor);
        var outage = await database.OpenIncidentAsync("DNS is down hard", Impact.Outage, database.ComponentIds[2]);
        var resolved = await database.OpenIncidentAsync("Short blip earlier", Impact.Major);
        await UpdateAsync(resolved, new NewUpdate(IncidentStatus.Resolved, "It is over now.", Now));
        var maintenance = await database.PlanMaintenanceAsync();

        var open = await database.Reader.ListOpenAsync();

        Assert.Equal([outage.Id, minor.Id, maintenance.Id], open.Select(i => i.Id));
    }
}
