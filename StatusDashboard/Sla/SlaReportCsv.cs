using System.Text;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Sla;

/// <summary>
/// The SLA report's tables as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma, a
/// quote or a line break (its quotes doubled), numbers in the invariant culture, dates in UTC.
/// </summary>
public static class SlaReportCsv
{
    public static string Providers(SlaReport report) => Write(
        ["provider", "elements", "periods", "average_availability_percent", "breached_periods", "credit_periods", "credit_percent_total"],
        report.Providers.Select(p => new[]
        {
            p.Name, Count(p.Elements), Count(p.Periods), p.AverageAvailability is { } a ? SlaReportFormat.Number(a) : "",
            Count(p.BreachedPeriods), Count(p.CreditPeriods), SlaReportFormat.Number(p.CreditPercentTotal),
        }));

    public static string Elements(IEnumerable<SlaElementReport> elements) => Write(
        ["provider", "element", "period_start", "period_end", "promise", "promised_percent", "availability_percent", "downtime_minutes", "outages",
            "mttr_minutes", "inside_maintenance_minutes", "outside_maintenance_minutes", "breached", "credit_percent"],
        elements.SelectMany(e => e.Periods.Select(p => new[]
        {
            e.Provider, e.VendorId, SlaReportFormat.Date(p.Start), SlaReportFormat.Date(p.End), p.Promise, SlaReportFormat.Number(p.PromisedPercent),
            SlaReportFormat.Number(p.Availability), SlaReportFormat.Minutes(p.Downtime), Count(p.Outages),
            p.MeanTimeToRepair is { } mttr ? SlaReportFormat.Minutes(mttr) : "", SlaReportFormat.Minutes(p.InsideMaintenance),
            SlaReportFormat.Minutes(p.OutsideMaintenance), p.Breached ? "yes" : "no", SlaReportFormat.Number(p.CreditPercent),
        })));

    public static string Periods(SlaReport report) => Write(
        ["period_start", "period_end", "elements", "average_availability_percent", "downtime_minutes", "outages", "breached", "credit_percent_total"],
        report.Periods.Select(p => new[]
        {
            SlaReportFormat.Date(p.Start), SlaReportFormat.Date(p.End), Count(p.Elements), SlaReportFormat.Number(p.AverageAvailability),
            SlaReportFormat.Minutes(p.Downtime), Count(p.Outages), Count(p.Breached), SlaReportFormat.Number(p.CreditPercentTotal),
        }));

    /// <summary>One CSV field: as it is, or quoted with its quotes doubled when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }
}
