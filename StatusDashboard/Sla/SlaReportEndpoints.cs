using System.Text;
using Microsoft.AspNetCore.Mvc;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Sla;

/// <summary>
/// The SLA report's tables as CSV downloads, next to the pages that show them: <c>/sla.csv</c> (per provider),
/// <c>/sla/periods.csv</c> (per period, all elements), <c>/sla/{provider}.csv</c> (its elements, period by period) and
/// <c>/sla/{provider}/{circuit}.csv</c> (one element). Each takes the pages' <c>?from=YYYY-MM&amp;to=YYYY-MM</c>.
/// </summary>
public static class SlaReportEndpoints
{
    public const string CsvType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapSlaReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var csv = endpoints.MapGroup("").WithTags("SLA report").AllowAnonymous();
        csv.MapGet("/sla.csv", GetProviders).WithName("SlaProvidersCsv");
        csv.MapGet("/sla/periods.csv", GetPeriods).WithName("SlaPeriodsCsv");
        csv.MapGet("/sla/{provider}.csv", GetProvider).WithName("SlaProviderCsv");
        csv.MapGet("/sla/{provider}/{circuit}.csv", GetCircuit).WithName("SlaCircuitCsv");
        return endpoints;
    }

    private static async Task<IResult> GetProviders(
        [FromQuery] string? from, [FromQuery] string? to, SlaReportReader reader, TimeProvider time, CancellationToken cancellationToken) =>
        await AnswerAsync(from, to, time, "sla", async range => SlaReportCsv.Providers(await reader.ReadAsync(range.From, range.To, cancellationToken: cancellationToken)));

    private static async Task<IResult> GetPeriods(
        [FromQuery] string? from, [FromQuery] string? to, SlaReportReader reader, TimeProvider time, CancellationToken cancellationToken) =>
        await AnswerAsync(from, to, time, "sla-periods", async range => SlaReportCsv.Periods(await reader.ReadAsync(range.From, range.To, cancellationToken: cancellationToken)));

    private static async Task<IResult> GetProvider(
        string provider, [FromQuery] string? from, [FromQuery] string? to, SlaReportReader reader, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await reader.ExistsAsync(provider, cancellationToken: cancellationToken))
        {
            return TypedResults.NotFound($"No provider named '{provider}'.");
        }

        return await AnswerAsync(from, to, time, $"sla-{provider}",
            async range => SlaReportCsv.Elements((await reader.ReadAsync(range.From, range.To, provider, cancellationToken: cancellationToken)).Elements));
    }

    private static async Task<IResult> GetCircuit(
        string provider, string circuit, [FromQuery] string? from, [FromQuery] string? to, SlaReportReader reader, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await reader.ExistsAsync(provider, circuit, cancellationToken))
        {
            return TypedResults.NotFound($"No circuit '{circuit}' of provider '{provider}'.");
        }

        return await AnswerAsync(from, to, time, $"sla-{provider}-{circuit}",
            async range => SlaReportCsv.Elements((await reader.ReadAsync(range.From, range.To, provider, circuit, cancellationToken)).Elements));
    }

    private static async Task<IResult> AnswerAsync(
        string? from, string? to, TimeProvider time, string name, Func<SlaReportRange, Task<string>> write)
    {
        var range = SlaReportRange.Parse(from, to, time.GetUtcNow());
        if (range.Error is not null)
        {
            return TypedResults.BadRequest(range.Error);
        }

        var body = Encoding.UTF8.GetBytes(await write(range));
        return TypedResults.File(body, CsvType, $"{FileName(name)}-{range.From:yyyy-MM}-{range.To:yyyy-MM}.csv");
    }

    private static string FileName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
