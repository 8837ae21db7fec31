using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Api.Writes;

/// <summary>
/// Every write under <c>/api/</c>, found in the host's routing table (so an endpoint added later is covered without
/// touching this test), answers 401 without a token and 403 with a read-scope token.
/// </summary>
public sealed class WriteEndpointAuthorizationTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    /// <summary>Writes covered by their own tests: the stackmon status report, and the event intake built alongside.</summary>
    private static readonly (string Method, string Prefix)[] CoveredElsewhere =
    [
        ("POST", "/api/v1/component_status"),
        ("*", "/api/v2/events"),
        ("*", "/api/v2/alertmanager"),
    ];

    public static TheoryData<string> Tokens => new() { "none", "read" };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task EveryWriteEndpoint_RefusesAMissingOrReadOnlyToken(string token)
    {
        var secret = token == "read" ? await factory.CreateApiTokenAsync(ApiTokenScope.Read, "read only") : null;
        var expected = token == "read" ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized;
        var writes = WriteEndpoints();
        Assert.Contains(("POST", "/api/v2/incidents"), writes);
        Assert.Contains(("DELETE", "/api/v2/components/1"), writes);
        Assert.Contains(("POST", "/api/v2/notifications"), writes);
        Assert.Contains(("POST", "/api/v2/logs"), writes);

        var wrong = new List<string>();
        foreach (var (method, path) in writes)
        {
            using var client = factory.CreateClient();
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
            if (secret is not null)
            {
                request.Headers.Authorization = new("Bearer", secret);
            }

            using var response = await client.SendAsync(request);
            if (response.StatusCode != expected || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{method} {path}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
        }

        Assert.True(wrong.Count == 0, $"Expected {(int)expected} problems with token '{token}', but: {string.Join("; ", wrong)}");
    }

    /// <summary>Every non-GET route under /api/ but those covered elsewhere, with each route parameter filled in as 1.</summary>
    private List<(string Method, string Path)> WriteEndpoints() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => (Path: "/" + string.Join("/", e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Fill)))),
            Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
        .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal))
        .SelectMany(e => e.Methods.Where(m => m is not ("GET" or "HEAD" or "OPTIONS")).Select(m => (Method: m, e.Path)))
        .Where(e => !CoveredElsewhere.Any(c => (c.Method == "*" || c.Method == e.Method) && e.Path.StartsWith(c.Prefix, StringComparison.Ordinal)))
        .Distinct()
        .ToList();

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
        _ => "1",
    };
}
