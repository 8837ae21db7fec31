using System.Text.Json;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

/// <summary>The fields of an expected maintenance that "exactly right" compares: id, status, window and the set of (circuit, impact).</summary>
public sealed record ExpectedMaintenance(string MaintenanceId, string Status, long Start, long End, IReadOnlySet<(string CircuitId, string Impact)> Circuits)
{
    public static ExpectedMaintenance From(JsonElement element) => new(
        element.GetProperty("maintenance_id").GetString()!,
        element.GetProperty("status").GetString()!,
        element.GetProperty("start").GetInt64(),
        element.GetProperty("end").GetInt64(),
        element.GetProperty("circuits").EnumerateArray()
            .Select(circuit => (circuit.GetProperty("circuit_id").GetString()!, circuit.GetProperty("impact").GetString()!))
            .ToHashSet());

    public static ExpectedMaintenance Of(MaintenanceNotice notice) => new(
        notice.MaintenanceId,
        notice.Status.Name(),
        notice.Start.ToUnixTimeSeconds(),
        notice.End.ToUnixTimeSeconds(),
        notice.Circuits.Select(circuit => (circuit.CircuitId, circuit.Impact.Name())).ToHashSet());

    public bool Matches(ExpectedMaintenance other) =>
        MaintenanceId == other.MaintenanceId && Status == other.Status && Start == other.Start && End == other.End && Circuits.SetEquals(other.Circuits);

    public override string ToString() =>
        $"{MaintenanceId} {Status} {DateTimeOffset.FromUnixTimeSeconds(Start):u} → {DateTimeOffset.FromUnixTimeSeconds(End):u} " +
        $"[{string.Join(", ", Circuits.Order().Select(circuit => $"{circuit.CircuitId}:{circuit.Impact}"))}]";
}
