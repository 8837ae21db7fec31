using System.Text.Json;

namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>
/// The one-line JSON of a parsed file, as the <c>parse</c> command prints it and the corpus's expected files hold it:
/// snake_case fields, instants as UTC epoch seconds, statuses and impacts by their wire names.
/// </summary>
public static class MaintenanceParseJson
{
    public static void Write(Utf8JsonWriter json, string file, MaintenanceParseResult result)
    {
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteStartArray("maintenances");
        foreach (var notice in result.Maintenances)
        {
            json.WriteStartObject();
            json.WriteString("provider", notice.Provider);
            json.WriteString("account", notice.Account);
            json.WriteString("maintenance_id", notice.MaintenanceId);
            json.WriteString("status", notice.Status.Name());
            json.WriteNumber("start", notice.Start.ToUnixTimeSeconds());
            json.WriteNumber("end", notice.End.ToUnixTimeSeconds());
            json.WriteNumber("stamp", notice.Stamp.ToUnixTimeSeconds());
            json.WriteNumber("sequence", notice.Sequence);
            json.WriteString("summary", notice.Summary);
            json.WriteString("organizer", notice.Organizer);
            json.WriteString("uid", notice.Uid);
            json.WriteStartArray("circuits");
            foreach (var circuit in notice.Circuits)
            {
                json.WriteStartObject();
                json.WriteString("circuit_id", circuit.CircuitId);
                json.WriteString("impact", circuit.Impact.Name());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.Error is null)
        {
            json.WriteNull("error");
        }
        else
        {
            json.WriteString("error", result.Error);
        }

        json.WriteEndObject();
    }
}
