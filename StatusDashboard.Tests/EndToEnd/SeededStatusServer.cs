using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Caching;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.EndToEnd;

/// <summary>
/// The host over real HTTP with a small catalog (two services in two regions) and one open incident with three updates,
/// written straight through <see cref="StatusDbContext"/> so the browser tests depend on nothing but the pages.
/// </summary>
public sealed class SeededStatusServer : LiveStatusDashboardFactory, IAsyncLifetime
{
    public const string IncidentTitle = "Elevated error rates on Object Storage";

    public static readonly DateTimeOffset IncidentStart = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The updates' texts, oldest first.</summary>
    public static readonly IReadOnlyList<string> UpdateTexts =
    [
        "We are investigating failed uploads in EU-West.",
        "A faulty storage node was found and is being replaced.",
        "Uploads succeed again; we are watching the error rate.",
    ];

    public int IncidentId { get; private set; }

    public async Task InitializeAsync()
    {
        _ = BaseAddress;
        await using var db = await Services.GetRequiredService<IDbContextFactory<StatusDbContext>>().CreateDbContextAsync();

        var storage = new Category { Name = "Storage", DisplayOrder = 1 };
        var compute = new Category { Name = "Compute", DisplayOrder = 2 };
        var objectStorage = new Service { Name = "Object Storage", Category = storage, DisplayOrder = 1 };
        var virtualMachines = new Service { Name = "Virtual Machines", Category = compute, DisplayOrder = 1 };
        var regions = new[] { new Region { Name = "EU-West", DisplayOrder = 1 }, new Region { Name = "EU-North", DisplayOrder = 2 } };
        var components = (from service in new[] { objectStorage, virtualMachines }
                          from region in regions
                          select NewComponent(service, region)).ToList();
        db.Components.AddRange(components);

        var incident = new Incident
        {
            Title = IncidentTitle,
            Impact = Impact.Major,
            Start = IncidentStart,
            Source = IncidentSource.Operator,
        };
        incident.Components.Add(components[0]);
        var statuses = new[] { IncidentStatus.Analyzing, IncidentStatus.Fixing, IncidentStatus.Observing };
        for (var i = 0; i < UpdateTexts.Count; i++)
        {
            incident.Updates.Add(new IncidentUpdate
            {
                Timestamp = IncidentStart.AddMinutes(20 * i),
                Status = statuses[i],
                Text = UpdateTexts[i],
                Author = "e2e",
            });
        }

        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        IncidentId = incident.Id;

        // The host may have cached the empty catalog while starting; a reader must see what was just written.
        await Services.GetRequiredService<IStatusCache>().InvalidateAsync([CacheTags.Catalog, CacheTags.Incidents]);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static Component NewComponent(Service service, Region region)
    {
        var component = new Component { Service = service, Region = region };
        component.Attributes.Add(new ComponentAttribute { Name = "region", Value = region.Name });
        component.Attributes.Add(new ComponentAttribute { Name = "category", Value = service.Category.Name });
        return component;
    }
}
