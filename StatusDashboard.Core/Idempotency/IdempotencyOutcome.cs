namespace StatusDashboard.Core.Idempotency;

/// <summary>What a request with an <c>Idempotency-Key</c> must do.</summary>
public enum IdempotencyOutcome
{
    /// <summary>The key is new: run the request, then complete or release the claim.</summary>
    Claimed,

    /// <summary>The same request ran before: send its stored answer again.</summary>
    Replay,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,

    /// <summary>The first request with this key is still running.</summary>
    InProgress,
}
