using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Api.Writes;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;

namespace StatusDashboard.Api.Logs;

/// <summary>
/// The HTTP source of outage detection, for collectors that forward syslog in batches: <c>POST /api/v2/logs</c> takes
/// syslog lines as <c>text/plain</c> (one a line) or JSON <c>{"lines": [...], "sender": "host"}</c> with a write-scope
/// token. The lines are archived with those the syslog listener receives, read as the listener reads them (a line naming
/// no host is the sender's: the JSON sender, else the client's address) and their link changes applied at once; the
/// answer counts what happened. Sending a batch again changes nothing, as a link event no newer than the port's is stale.
/// </summary>
public static class LogApiEndpoints
{
    public const string TextType = "text/plain";
    public const string JsonType = "application/json";

    /// <summary>The largest body accepted, in bytes.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>The most lines one batch may hold.</summary>
    public const int MaxLines = 20_000;

    public static IEndpointRouteBuilder MapLogApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v2/logs", Receive).WithName("ApiReceiveLogs").WithTags("Outage detection")
            .RequireAuthorization(ApiPolicies.Write).RequireRateLimiting(ApiPolicies.WriteRateLimit)
            .WithSummary("Send a batch of syslog lines")
            .WithDescription($"The body is syslog lines, one a line (Content-Type: {TextType}), or JSON {{\"lines\": [...], \"sender\": \"host\"}}; " +
                $"at most {MaxBodyBytes} bytes and {MaxLines} lines. RFC 3164, RFC 5424 and file-style lines are read; a line that names no host " +
                "is attributed to the sender (the JSON sender, else the client's address). Link changes are applied to outage detection at once; " +
                "the answer counts the lines, the link events among them, those that changed a port (applied), those no newer than known (stale), " +
                "those from ports the inventory does not map, and the outages opened and closed.")
            .Produces<LogBatchDocument>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                var lines = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "lines" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["lines"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                        ["sender"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The host of lines that name none." },
                    },
                };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [TextType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                        [JsonType] = new() { Schema = lines },
                    },
                };
                return Task.CompletedTask;
            });
        return endpoints;
    }

    private static async Task<Results<Ok<LogBatchDocument>, ProblemHttpResult>> Receive(
        HttpContext context, ClaimsPrincipal user, OutageDetector detector, SyslogArchive archive, IOptions<OutageDetectionOptions> detection,
        IDbContextFactory<StatusDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value;
        var isText = string.Equals(mediaType, TextType, StringComparison.OrdinalIgnoreCase);
        if (!isText && !string.Equals(mediaType, JsonType, StringComparison.OrdinalIgnoreCase))
        {
            return WriteProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Send syslog lines",
                $"body: send syslog lines as Content-Type: {TextType} (one a line) or {JsonType} ({{\"lines\": [...]}}), not {mediaType ?? "no Content-Type"}.");
        }

        var raw = await CappedBody.ReadAsync(context, MaxBodyBytes, cancellationToken);
        if (raw is null)
        {
            return TooLarge($"the body is larger than {MaxBodyBytes} bytes, the cap");
        }

        var client = context.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : null;
        List<string> lines;
        string? sender;
        if (isText)
        {
            lines = [.. Encoding.UTF8.GetString(raw).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)];
            sender = client;
        }
        else
        {
            LogBatchRequest? body;
            try
            {
                body = raw.Length == 0 ? null : JsonSerializer.Deserialize<LogBatchRequest>(raw);
            }
            catch (JsonException e)
            {
                return WriteProblems.Malformed(e);
            }

            if (body?.Lines is null)
            {
                return WriteProblems.Invalid("lines", "Required: the syslog lines, as an array of strings.");
            }

            if (body.Lines.Any(l => l is null))
            {
                return WriteProblems.Invalid("lines", $"Line {body.Lines.ToList().IndexOf(null) + 1} is null: every line must be a string.");
            }

            lines = [.. body.Lines.Where(l => l!.Trim().Length > 0).Select(l => l!)];
            sender = string.IsNullOrWhiteSpace(body.Sender) ? client : body.Sender.Trim();
        }

        if (lines.Count == 0)
        {
            return WriteProblems.Invalid(isText ? "body" : "lines", "There are no lines: send at least one syslog line.");
        }

        if (lines.Count > MaxLines)
        {
            return TooLarge($"{lines.Count} lines is more than {MaxLines}, the most one batch may hold");
        }

        var now = time.GetUtcNow();
        await archive.AppendAsync(lines.Select(l => new ReceivedLine(l, sender ?? "unknown", "api", now)), cancellationToken);

        var source = $"api {await TokenNameAsync(user, contexts, cancellationToken)}";
        var origin = new LogLineOrigin(now, sender, detection.Value.TimeZoneOf);
        var observations = lines
            .Select(line => (Line: line, Event: LinkEventReader.Read(line, origin)))
            .Where(r => r.Event is not null)
            .Select(r => new LinkObservation(r.Event!, r.Line, source))
            .ToList();
        var result = observations.Count == 0
            ? new LinkBatchResult(0, 0, 0, 0, 0, new HashSet<int>())
            : await detector.ApplyAsync(observations, cancellationToken);
        return TypedResults.Ok(new LogBatchDocument(lines.Count, observations.Count, result.Applied, result.Stale, result.UnknownPorts, result.Opened, result.Closed));
    }

    /// <summary>The name of the token the request came with, from its credential claim (<c>token:ID</c>).</summary>
    private static async Task<string> TokenNameAsync(ClaimsPrincipal user, IDbContextFactory<StatusDbContext> contexts, CancellationToken cancellationToken)
    {
        var credential = user.FindFirst(ApiAuthentication.CredentialClaim)?.Value;
        if (credential is not null && credential.StartsWith("token:", StringComparison.Ordinal)
            && int.TryParse(credential.AsSpan("token:".Length), System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.ApiTokens.Where(t => t.Id == id).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) is { } name)
            {
                return name;
            }
        }

        return user.Identity?.Name ?? "unknown";
    }


    private static ProblemHttpResult TooLarge(string what) =>
        WriteProblems.Problem(StatusCodes.Status413PayloadTooLarge, "Log batch too large", $"body: {what}; send the lines in smaller batches.");
}
