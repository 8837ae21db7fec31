using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace StatusDashboard.Tests.Feeds;

public sealed class SyndicationFeedTests(FeedHostFixture fixture) : IClassFixture<FeedHostFixture>
{
    private FeedCatalog Catalog => fixture.Catalog;

    [Theory]
    [InlineData("/rss", "rss20", "application/rss+xml")]
    [InlineData("/atom", "atom10", "application/atom+xml")]
    public async Task Feed_ListsEveryIncidentByLastUpdate_NewestFirst_AsAFeedReaderParsesIt(string path, string version, string mediaType)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(path);
        var feed = await ParseAsync(response);

        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal(version, feed.GetProperty("version").GetString());
        Assert.Equal("Service status", feed.GetProperty("title").GetString());
        Assert.Equal(
            [
                Catalog.StorageOutage.Title, Catalog.EastErrors.Title, Catalog.ComputeSlow.Title, Catalog.CancelledMove.Title,
                Catalog.UpcomingUpgrade.Title, Catalog.RunningPatch.Title, Catalog.FinishedSwap.Title, Catalog.LongAgoMaintenance.Title,
            ],
            Titles(feed));
    }

    [Theory]
    [InlineData("/rss", "published")]
    [InlineData("/atom", "updated")]
    public async Task FeedItem_LinksToTheIncidentPage_WithAStableIdAndTheLastUpdateAsItsDate(string path, string dateField)
    {
        using var client = fixture.Host.CreateClient();

        var first = await ParseAsync(await client.GetAsync(path));
        var again = await ParseAsync(await client.GetAsync(path));

        var entry = first.GetProperty("entries")[0];
        var url = $"http://localhost/incidents/{Catalog.StorageOutage.Id}";
        Assert.Equal(url, entry.GetProperty("link").GetString());
        Assert.Equal(url, entry.GetProperty("id").GetString());
        Assert.Equal(FeedCatalog.Now.AddMinutes(-10).ToUnixTimeSeconds(), entry.GetProperty(dateField).GetInt64());
        Assert.Equal(
            first.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()),
            again.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("/rss")]
    [InlineData("/atom")]
    public async Task FeedItem_DescribesEveryUpdate_NewestFirst_WithMarkdownRendered(string path)
    {
        using var client = fixture.Host.CreateClient();

        var feed = await ParseAsync(await client.GetAsync(path));

        var summary = feed.GetProperty("entries")[0].GetProperty("summary").GetString()!;
        var fixing = summary.IndexOf("A storage node is being replaced.", StringComparison.Ordinal);
        var analyzing = summary.IndexOf("Uploads fail with <em>503</em>.", StringComparison.Ordinal);
        Assert.True(fixing >= 0 && analyzing > fixing, summary);
        Assert.Contains("Outage", summary);
        Assert.Contains("Object Storage (EU-West)", summary);
    }

    [Theory]
    [InlineData("/rss")]
    [InlineData("/atom")]
    public async Task Feed_HoldsAtMostTheConfiguredNumberOfIncidents_TheNewest(string path)
    {
        using var bounded = fixture.Host.WithWebHostBuilder(builder => builder.UseSetting("Feeds:IncidentCount", "2"));
        using var client = bounded.CreateClient();

        var feed = await ParseAsync(await client.GetAsync(path));

        Assert.Equal([Catalog.StorageOutage.Title, Catalog.EastErrors.Title], Titles(feed));
    }

    [Theory]
    [InlineData("/rss?region=EU-East")]
    [InlineData("/atom?region=eu-east")]
    [InlineData("/rss/?mt=EU-East")]
    public async Task Feed_ForARegion_ListsOnlyIncidentsOnItsComponents(string path)
    {
        using var client = fixture.Host.CreateClient();

        var feed = await ParseAsync(await client.GetAsync(path));

        Assert.Equal([Catalog.EastErrors.Title, Catalog.UpcomingUpgrade.Title], Titles(feed));
    }

    [Theory]
    [InlineData("/rss?service=Compute")]
    [InlineData("/atom?service=Compute")]
    public async Task Feed_ForAService_ListsOnlyIncidentsOnItsComponents(string path)
    {
        using var client = fixture.Host.CreateClient();

        var feed = await ParseAsync(await client.GetAsync(path));

        Assert.Equal(
            [Catalog.ComputeSlow.Title, Catalog.CancelledMove.Title, Catalog.RunningPatch.Title, Catalog.FinishedSwap.Title, Catalog.LongAgoMaintenance.Title],
            Titles(feed));
    }

    [Fact]
    public async Task StackmonRssAddress_WithRegionAndService_MeansTheSameAsRegionAndServiceParameters()
    {
        using var client = fixture.Host.CreateClient();

        var stackmon = await ParseAsync(await client.GetAsync("/rss/?mt=EU-West&srv=Object%20Storage"));
        var named = await ParseAsync(await client.GetAsync("/rss?region=EU-West&service=Object%20Storage"));

        Assert.Equal([Catalog.StorageOutage.Title, Catalog.UpcomingUpgrade.Title], Titles(stackmon));
        Assert.Equal(Titles(named), Titles(stackmon));
        Assert.Equal("Service status – Object Storage in EU-West", stackmon.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/rss?region=Mars", "'region'", "'Mars'")]
    [InlineData("/atom?service=Teleport", "'service'", "'Teleport'")]
    [InlineData("/rss/?mt=Mars&srv=Object%20Storage", "'mt'", "'Mars'")]
    [InlineData("/rss/?srv=Teleport", "'srv'", "'Teleport'")]
    [InlineData("/maintenance.ics?region=Mars", "'region'", "'Mars'")]
    public async Task Feed_ForAnUnknownRegionOrService_Is404NamingTheParameterAndValue(string path, string parameter, string value)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(parameter, text);
        Assert.Contains(value, text);
    }

    [Theory]
    [InlineData("/rss")]
    [InlineData("/atom?region=EU-West")]
    [InlineData("/maintenance.ics")]
    public async Task Feed_AnswersNotModified_WhenTheReaderSendsItsETag(string path)
    {
        using var client = fixture.Host.CreateClient();
        using var first = await client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl!.MaxAge > TimeSpan.Zero);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    private static async Task<JsonElement> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = await FeedParser.ParseAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.False(feed.GetProperty("bozo").GetBoolean(), feed.GetProperty("bozo_exception").GetString());
        return feed;
    }

    private static List<string?> Titles(JsonElement feed) =>
        feed.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
}
