namespace StatusDashboard.Feeds;

/// <summary>A component a <see cref="FeedIncident"/> affects, by name.</summary>
public sealed record FeedComponent(int Id, string Service, string Region)
{
    public override string ToString() => $"{Service} ({Region})";
}
