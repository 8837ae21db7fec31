using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Api.Events;

/// <summary>
/// Event intake for monitoring systems: <c>POST /api/v2/events</c> takes our own event format, one or a batch, and
/// <c>POST /api/v2/alertmanager</c> takes Prometheus Alertmanager's webhook. Firing events put their component into a
/// system incident, resolved ones take it out again; both need a write token. See docs/events-api.md.
/// </summary>
public static class EventsEndpoints
{
    public static IServiceCollection AddEventsApi(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>();
        services.TryAddSingleton<ComponentStatusService>();
        services.AddSingleton<EventIntake>();
        return services;
    }

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v2").WithTags("Events")
            .RequireAuthorization(ApiPolicies.Write).RequireRateLimiting(ApiPolicies.WriteRateLimit);
        api.MapPost("/events", PostEvents).WithName("PostEvents");
        api.MapPost("/alertmanager", PostAlertmanager).WithName("PostAlertmanagerWebhook");
        return endpoints;
    }

    private static async Task<Results<Ok<EventsResponse>, ProblemHttpResult>> PostEvents(
        HttpContext context, EventIntake intake, IOptions<EventsOptions> options, CancellationToken cancellationToken)
    {
        using var document = await ReadAsync(context, cancellationToken);
        if (document is null)
        {
            return NotJson();
        }

        var (events, errors) = EventRequest.Parse(document.RootElement, options.Value);
        if (errors.Count > 0)
        {
            return Invalid("Invalid event", errors);
        }

        return TypedResults.Ok(new EventsResponse(await intake.ApplyAsync(events, Caller(context), cancellationToken)));
    }

    private static async Task<Results<Ok<EventsResponse>, ProblemHttpResult>> PostAlertmanager(
        HttpContext context, EventIntake intake, IOptions<EventsOptions> options, CancellationToken cancellationToken)
    {
        using var document = await ReadAsync(context, cancellationToken);
        if (document is null)
        {
            return NotJson();
        }

        var (events, unmapped, errors) = AlertmanagerPayload.Parse(document.RootElement, options.Value);
        if (errors.Count > 0)
        {
            return Invalid("Invalid Alertmanager payload", errors);
        }

        var results = await intake.ApplyAsync(events, Caller(context), cancellationToken);
        results.AddRange(unmapped.Select(intake.Unmapped));
        return TypedResults.Ok(new EventsResponse(results.OrderBy(r => r.Index).ToList()));
    }

    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    private static async Task<JsonDocument?> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Caller(HttpContext context) => context.User.Identity?.Name ?? "API client";

    private static ProblemHttpResult NotJson() =>
        Invalid("Invalid event", [new FieldError("body", "not valid JSON.")]);

    /// <summary>400 naming every wrong field in <c>detail</c>, and in <c>errors</c> keyed by field as validation problems are.</summary>
    private static ProblemHttpResult Invalid(string title, IReadOnlyList<FieldError> errors) =>
        (ProblemHttpResult)ApiProblems.Result(
            StatusCodes.Status400BadRequest,
            title,
            string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}")),
            new Dictionary<string, object?> { ["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()) });
}
