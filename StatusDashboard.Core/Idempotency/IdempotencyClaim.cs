namespace StatusDashboard.Core.Idempotency;

/// <summary>The answer to <see cref="IdempotencyStore.ClaimAsync"/>: the claimed record's id, or the stored answer to replay.</summary>
public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, int RecordId, IdempotentResponse? Stored)
{
    public static IdempotencyClaim Claimed(int recordId) => new(IdempotencyOutcome.Claimed, recordId, null);

    public static IdempotencyClaim From(IdempotencyRecord existing, string requestHash) => existing switch
    {
        _ when existing.RequestHash != requestHash => new(IdempotencyOutcome.Mismatch, existing.Id, null),
        { StatusCode: { } status } => new(IdempotencyOutcome.Replay, existing.Id, new(status, existing.ContentType, existing.Location, existing.Body ?? [])),
        _ => new(IdempotencyOutcome.InProgress, existing.Id, null),
    };
}
