namespace StatusDashboard.Core.Outages.Files;

/// <summary>
/// What reading one log file did: lines read this time (from <see cref="FirstLine"/>, past a checkpoint when resumed),
/// link events among them, and what the detector made of those; <see cref="Error"/> says why reading stopped early.
/// </summary>
public sealed record LogFileResult(
    string Path, long FirstLine, long Lines, long LinkEvents, int Applied, int Stale, int UnknownPorts, int Opened, int Closed, string? Error);
