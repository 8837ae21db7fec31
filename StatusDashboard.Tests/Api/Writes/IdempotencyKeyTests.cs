using System.Net;
using Microsoft.EntityFrameworkCore;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Api.Writes;

/// <summary><c>Idempotency-Key</c> on the write API's POSTs: replay, reuse with another body, concurrency and expiry.</summary>
public sealed class IdempotencyKeyTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private string Body(string title) => $$"""
        {"title": "{{title}}", "impact": "minor", "component_ids": [{{factory.ComputeNl.Id}}], "text": "We are looking into it."}
        """;

    private static Dictionary<string, string> Key(string key) => new() { ["Idempotency-Key"] = key };

    [Fact]
    public async Task SameKeyAndBody_ReplaysTheFirstAnswer_WithoutASecondIncident()
    {
        var key = Guid.NewGuid().ToString();
        var title = $"Replayed {key[..8]}";

        using var first = await factory.PostAsync("/api/v2/incidents", Body(title), Key(key));
        using var second = await factory.PostAsync("/api/v2/incidents", Body(title), Key(key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.ReadAsync(db => db.Incidents.CountAsync(i => i.Title == title)));
    }

    [Fact]
    public async Task SameKeyWithAnotherBody_Is422Problem()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await factory.PostAsync("/api/v2/incidents", Body("First title of the key"), Key(key));

        using var second = await factory.PostAsync("/api/v2/incidents", Body("Another title, same key"), Key(key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var problem = await WriteApiFactory.JsonAsync(second, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Idempotency-Key:", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await factory.ReadAsync(db => db.Incidents.CountAsync(i => i.Title == "Another title, same key")));
    }

    [Fact]
    public async Task ARefusedRequest_IsReplayedToo()
    {
        var key = Guid.NewGuid().ToString();
        const string invalid = """{"title": "Short", "impact": "minor", "component_ids": [1], "text": "We are looking into it."}""";

        using var first = await factory.PostAsync("/api/v2/incidents", invalid, Key(key));
        using var second = await factory.PostAsync("/api/v2/incidents", invalid, Key(key));

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSameKey_FromAnotherToken_IsAnotherRequest()
    {
        var key = Guid.NewGuid().ToString();
        var title = $"Two tokens {key[..8]}";
        var otherToken = await factory.CreateApiTokenAsync(ApiTokenScope.Write, "Alertmanager");

        using var first = await factory.PostAsync("/api/v2/incidents", Body(title), Key(key));
        using var second = await factory.SendAsync(HttpMethod.Post, "/api/v2/incidents", Body(title), otherToken, Key(key));

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await factory.ReadAsync(db => db.Incidents.CountAsync(i => i.Title == title)));
    }

    [Fact]
    public async Task ConcurrentDuplicates_WriteOnce()
    {
        var key = Guid.NewGuid().ToString();
        var title = $"Concurrent {key[..8]}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.PostAsync("/api/v2/incidents", Body(title), Key(key))));

        Assert.Equal(1, await factory.ReadAsync(db => db.Incidents.CountAsync(i => i.Title == title)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed"));
        Assert.All(responses, r => Assert.True(
            r.StatusCode == HttpStatusCode.Conflict || r.StatusCode == HttpStatusCode.Created,
            $"Expected 201 (first or replayed) or 409 (first still running), got {(int)r.StatusCode}"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task AKeyIsForgottenAfterItsLifetime()
    {
        var key = Guid.NewGuid().ToString();
        var title = $"Expired key {key[..8]}";
        using var first = await factory.PostAsync("/api/v2/incidents", Body(title), Key(key));

        factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        using var second = await factory.PostAsync("/api/v2/incidents", Body(title), Key(key));

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await factory.ReadAsync(db => db.Incidents.CountAsync(i => i.Title == title)));
    }

    [Fact]
    public async Task AnOverlongKey_Is400NamingTheHeader()
    {
        using var response = await factory.PostAsync("/api/v2/incidents", Body("Overlong key incident"), Key(new string('k', 201)));

        var errors = await WriteApiFactory.ErrorsAsync(response);
        Assert.Equal(["Idempotency-Key"], errors.Keys);
    }
}
