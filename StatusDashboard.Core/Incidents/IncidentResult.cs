namespace StatusDashboard.Core.Incidents;

/// <summary>
/// The answer to an operator's write. Mistakes in the input are <see cref="IncidentOutcome.Invalid"/> with one
/// <see cref="FieldError"/> per field, not exceptions; a <see cref="IncidentOutcome.Conflict"/> carries the incident
/// as someone else left it, so the operator can see their change before trying again.
/// </summary>
public sealed record IncidentResult(IncidentOutcome Outcome, int? IncidentId, IReadOnlyList<FieldError> Errors, IncidentSnapshot? Current)
{
    public bool Succeeded => Outcome == IncidentOutcome.Saved;

    public static IncidentResult Saved(int incidentId) => new(IncidentOutcome.Saved, incidentId, [], null);

    public static IncidentResult Invalid(IReadOnlyList<FieldError> errors) => new(IncidentOutcome.Invalid, null, errors, null);

    public static IncidentResult Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    public static IncidentResult Conflict(IncidentSnapshot current) => new(IncidentOutcome.Conflict, current.Id, [], current);

    public static IncidentResult NotFound(int incidentId) => new(IncidentOutcome.NotFound, incidentId, [], null);

    /// <summary>The message for <paramref name="field"/>, or null when it is fine.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
