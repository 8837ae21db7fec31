namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>A syslog message as the receiver got it: the text, the sender's address and transport, and when it arrived.</summary>
public readonly record struct ReceivedLine(string Text, string Sender, string Transport, DateTimeOffset ReceivedAt);
