namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>One mailbox message taken through the pipeline, labelled and checkpointed.</summary>
public sealed record ImapMessageHandled(uint Uid, long NotificationId, NotificationOutcome Outcome, string Label);
