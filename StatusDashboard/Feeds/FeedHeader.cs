namespace StatusDashboard.Feeds;

/// <summary>What a feed says about itself: its title, the page it belongs to, its own address and when it last changed.</summary>
public sealed record FeedHeader(string Title, string BaseUrl, string SelfUrl, DateTimeOffset Updated)
{
    public string IncidentUrl(int id) => $"{BaseUrl}/incidents/{id}";
}
