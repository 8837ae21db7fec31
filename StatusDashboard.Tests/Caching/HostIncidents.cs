using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Tests.Caching;

/// <summary>Writes incidents through a running host's own <see cref="StatusDbContext"/>, interceptors included.</summary>
internal static class HostIncidents
{
    public static async Task<int> AddAsync(IServiceProvider services, string title)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<StatusDbContext>();
        var incident = new Incident { Title = title, Impact = Impact.Major, Start = DateTimeOffset.UnixEpoch };
        context.Incidents.Add(incident);
        await context.SaveChangesAsync();
        return incident.Id;
    }

    public static async Task RenameAsync(IServiceProvider services, int incidentId, string title)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<StatusDbContext>();
        (await context.Incidents.FindAsync(incidentId))!.Title = title;
        await context.SaveChangesAsync();
    }

    /// <summary>Reads an incident through the host's cache, as its page would.</summary>
    public static Task<IncidentView> ReadAsync(IServiceProvider services, int incidentId, Action? onFactoryRun = null) =>
        services.GetRequiredService<Core.Caching.IStatusCache>().GetOrCreateAsync(
            $"incident:{incidentId}", [Core.Caching.CacheTags.Incident(incidentId)], async ct =>
            {
                onFactoryRun?.Invoke();
                await using var scope = services.CreateAsyncScope();
                return await IncidentView.LoadAsync(scope.ServiceProvider.GetRequiredService<StatusDbContext>(), incidentId, ct);
            });
}
