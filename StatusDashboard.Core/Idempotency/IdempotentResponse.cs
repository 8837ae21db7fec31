namespace StatusDashboard.Core.Idempotency;

/// <summary>The parts of an HTTP answer that a replay repeats.</summary>
public sealed record IdempotentResponse(int StatusCode, string? ContentType, string? Location, byte[] Body);
