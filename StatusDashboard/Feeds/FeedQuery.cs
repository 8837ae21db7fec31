using Microsoft.AspNetCore.Mvc;
using StatusDashboard.Core.StatusPage;

namespace StatusDashboard.Feeds;

/// <summary>
/// The query parameters that narrow a feed or badge: <c>region</c> and <c>service</c>, or stackmon's <c>mt</c> and
/// <c>srv</c> with the same meaning. Whichever the reader used is the one an error names.
/// </summary>
public sealed record FeedQuery(
    [property: FromQuery(Name = "region")] string? Region,
    [property: FromQuery(Name = "service")] string? Service,
    [property: FromQuery(Name = "mt")] string? Mt,
    [property: FromQuery(Name = "srv")] string? Srv)
{
    /// <summary>The scope on <paramref name="board"/>, or null with an error naming the parameter that matches nothing.</summary>
    public FeedScope? Resolve(StatusBoard board, out string? error)
    {
        var (region, regionName) = Region is null && Mt is not null ? (Mt, "mt") : (Region, "region");
        var (service, serviceName) = Service is null && Srv is not null ? (Srv, "srv") : (Service, "service");
        return FeedScope.Resolve(board, region, service, regionName, serviceName, out error);
    }
}
