namespace StatusDashboard.Core.Idempotency;

/// <summary>
/// The first answer to a POST sent with an <c>Idempotency-Key</c>, kept so a client that retries gets the same answer
/// instead of a second write. <see cref="StatusCode"/> stays null while the first request is still running.
/// </summary>
public sealed class IdempotencyRecord
{
    public int Id { get; set; }

    /// <summary>The credential that sent the key (<c>token:12</c>); keys of different clients never meet.</summary>
    public required string Credential { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 (hex) of the method, path and body, so the same key with another request is told apart.</summary>
    public required string RequestHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[]? Body { get; set; }
}
