using System.Globalization;
using System.Text;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Outages.Intervals;

namespace StatusDashboard.Core.Sla;

/// <summary>
/// Words what a period's SLA incident says, and what the operators' page shows for a notice, into one buffer,
/// <see cref="Text"/>: the title ("SLA breach: provider circuit, period"), a blank line, then the text (availability
/// against the promise, downtime against what it allows, the outages counted, and a link to the period's report). One
/// wording serves every period of an evaluation or a page, and keeps the words periods and promises share.
/// </summary>
internal sealed class SlaWording
{
    private readonly Dictionary<(DateTimeOffset Start, DateTimeOffset End), (string Range, string Report, string Months)> periods = [];
    private readonly Dictionary<int, string> promises = [];

    public StringBuilder Text { get; } = new(1024);

    /// <summary>Words the period into <see cref="Text"/>; the title's length.</summary>
    public int Describe(SlaMeasurement row, NetworkElement element, SlaPromise promise, IReadOnlyList<TimeInterval> outages)
    {
        if (!periods.TryGetValue((row.PeriodStart, row.PeriodEnd), out var period))
        {
            periods[(row.PeriodStart, row.PeriodEnd)] = period = (
                string.Create(CultureInfo.InvariantCulture, $"{row.PeriodStart:yyyy-MM-dd} to {row.PeriodEnd:yyyy-MM-dd}"),
                string.Create(CultureInfo.InvariantCulture, $"[SLA report for {row.PeriodStart:MMMM yyyy}]"),
                string.Create(CultureInfo.InvariantCulture, $"?from={row.PeriodStart:yyyy-MM}&to={row.PeriodStart:yyyy-MM}"));
        }

        if (!promises.TryGetValue(promise.Id, out var promised))
        {
            promises[promise.Id] = promised = string.Create(CultureInfo.InvariantCulture, $"the promised {promise.UptimePercent:0.####} % ({promise.Name})");
        }

        var label = $"{element.Provider?.Name ?? "no provider"} {element.VendorId}";
        Text.Clear().Append(CultureInfo.InvariantCulture, $"SLA {(row.Breached ? "breach" : "at risk")}: {label}, {period.Range}");
        var title = Text.Length;
        Text.Append("\n\n").Append(CultureInfo.InvariantCulture,
            $"{label} is at {row.Availability:0.######} % availability for {period.Range}, {(row.Breached ? "below" : "close to")} {promised}: {row.Downtime.TotalMinutes:0.#} minutes of unscheduled downtime against {row.Allowed.TotalMinutes:0.#} minutes allowed.\n\nOutages:\n");
        foreach (var outage in outages)
        {
            Text.Append(CultureInfo.InvariantCulture, $"\n- {outage.Start:yyyy-MM-dd HH:mm} to ");
            if (outage.End == DateTimeOffset.MaxValue)
            {
                Text.Append("now UTC");
            }
            else
            {
                Text.Append(CultureInfo.InvariantCulture, $"{outage.End:yyyy-MM-dd HH:mm} UTC");
            }
        }

        if (element.Provider is { } provider)
        {
            Text.Append(CultureInfo.InvariantCulture,
                $"\n\n{period.Report}(/sla/{Uri.EscapeDataString(provider.Name)}/{Uri.EscapeDataString(element.VendorId)}{period.Months})");
        }

        return title;
    }
}
