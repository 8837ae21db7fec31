namespace StatusDashboard.Core.Auditing;

/// <summary>
/// Who the changes in the current flow of work are made by, for the audit log: an operator's name, "api:TOKEN",
/// a background service's name. Flows with async calls; <see cref="System"/> when nobody said.
/// </summary>
public static class AuditActor
{
    public const string System = "system";

    private static readonly AsyncLocal<string?> CurrentActor = new();

    public static string Current => CurrentActor.Value ?? System;

    /// <summary>Makes <paramref name="actor"/> the actor until the returned scope is disposed.</summary>
    public static IDisposable Begin(string actor)
    {
        var previous = CurrentActor.Value;
        CurrentActor.Value = actor;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => CurrentActor.Value = previous;
    }
}
