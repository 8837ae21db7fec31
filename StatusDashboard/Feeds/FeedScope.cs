using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Feeds;

/// <summary>
/// Which part of the page a feed covers: everything, or the components of one region and/or one service.
/// <see cref="ComponentIds"/> is null for the whole page.
/// </summary>
public sealed record FeedScope(string? Region, string? Service, IReadOnlyList<int>? ComponentIds)
{
    /// <summary>
    /// Matches the region and service names (case-insensitive) against the components on the board; the error names
    /// the query parameter and the value that matches nothing.
    /// </summary>
    public static FeedScope? Resolve(StatusBoard board, string? region, string? service, string regionParameter, string serviceParameter, out string? error)
    {
        error = null;
        var components = board.Categories.SelectMany(c => c.Components).ToList();
        region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        service = string.IsNullOrWhiteSpace(service) ? null : service.Trim();
        if (region is not null && !board.Regions.Contains(region, StringComparer.OrdinalIgnoreCase))
        {
            error = $"Unknown region in '{regionParameter}': '{region}'. Known regions: {string.Join(", ", board.Regions)}.";
            return null;
        }

        if (service is not null && !components.Any(c => string.Equals(c.Service, service, StringComparison.OrdinalIgnoreCase)))
        {
            error = $"Unknown service in '{serviceParameter}': '{service}'.";
            return null;
        }

        if (region is null && service is null)
        {
            return new FeedScope(null, null, null);
        }

        var ids = components
            .Where(c => region is null || string.Equals(c.Region, region, StringComparison.OrdinalIgnoreCase))
            .Where(c => service is null || string.Equals(c.Service, service, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Id)
            .ToList();
        return new FeedScope(region, service, ids);
    }

    /// <summary>The feed title's suffix, e.g. " – Object Storage in EU-West".</summary>
    public string Describe() => (Region, Service) switch
    {
        (null, null) => "",
        ({ } r, null) => $" – {r}",
        (null, { } s) => $" – {s}",
        ({ } r, { } s) => $" – {s} in {r}",
    };
}
