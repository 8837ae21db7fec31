using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Caching;

/// <summary>A read model shaped like the pages' ones: a record that must survive a trip through System.Text.Json.</summary>
public sealed record IncidentView(int Id, string Title, Impact Impact, DateTimeOffset Start, IReadOnlyList<string> Regions)
{
    public static async Task<IncidentView> LoadAsync(StatusDbContext context, int id, CancellationToken cancellationToken) =>
        await context.Incidents.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new IncidentView(i.Id, i.Title, i.Impact, i.Start, i.Components.Select(c => c.Region.Name).ToList()))
            .SingleAsync(cancellationToken);

    /// <summary>Reads the seeded incident of <paramref name="database"/> through <paramref name="cache"/>, as its page would.</summary>
    public static Task<IncidentView> ReadThroughAsync(IStatusCache cache, InterceptedDatabase database) =>
        cache.GetOrCreateAsync($"incident:{database.IncidentId}", [CacheTags.Incident(database.IncidentId)], async ct =>
        {
            await using var context = database.CreateContext(cache: null);
            return await LoadAsync(context, database.IncidentId, ct);
        });
}
