using System.Text.Json.Serialization;

namespace StatusDashboard.Core.StatusPage;

/// <summary>One page of the closed incidents that started in one month, newest first.</summary>
public sealed record HistoryPage(int Year, int Month, int Page, int PageSize, int TotalCount, IReadOnlyList<IncidentSummary> Incidents)
{
    [JsonIgnore]
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
