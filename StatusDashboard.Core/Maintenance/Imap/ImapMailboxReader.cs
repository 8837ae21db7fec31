using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Checkpoints;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Maintenance.Ingestion;

namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>
/// Reads the maintenance mailbox: every message after the checkpoint goes through <see cref="NotificationIngestion"/>,
/// is labelled on the server with its outcome, and only then moves the checkpoint (UIDVALIDITY + last UID). A stop at
/// any point feeds the unfinished message again; the pipeline's Message-ID dedupe records it as a duplicate, and it
/// is labelled with the outcome of its first delivery. A changed UIDVALIDITY re-reads the folder the same way.
/// </summary>
public sealed class ImapMailboxReader(
    IOptions<ImapOptions> options,
    NotificationIngestion ingestion,
    IDbContextFactory<StatusDbContext> contexts,
    CheckpointStore checkpoints,
    ILogger<ImapMailboxReader> logger)
{
    /// <summary>Called after each message is labelled and checkpointed; tests stop the reader mid-batch through it.</summary>
    internal Action<ImapMessageHandled>? Handled { get; set; }

    /// <summary>Connects and signs in to the configured server.</summary>
    public async Task<ImapClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = new ImapClient();
        try
        {
            var security = settings.Security switch
            {
                ImapSecurity.None => SecureSocketOptions.None,
                ImapSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.SslOnConnect,
            };
            await client.ConnectAsync(settings.Host, settings.EffectivePort, security, cancellationToken);
            await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Opens the configured folder for reading and labelling.</summary>
    public async Task<IMailFolder> OpenAsync(ImapClient client, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = await client.GetFolderAsync(settings.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        if (settings.Labels == ImapLabelMode.Keywords && !folder.PermanentFlags.HasFlag(MessageFlags.UserDefined))
        {
            throw new InvalidOperationException(
                $"the IMAP server does not allow keywords on {settings.Folder}; set {ImapOptions.SectionName}:Labels to Folders");
        }

        return folder;
    }

    /// <summary>Connects, reads every new message and disconnects; returns how many messages were handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        var folder = await OpenAsync(client, cancellationToken);
        var handled = await ReadNewAsync(client, folder, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return handled;
    }

    /// <summary>Handles every message after the checkpoint, <see cref="ImapOptions.BatchSize"/> UIDs at a time; returns how many.</summary>
    public async Task<int> ReadNewAsync(ImapClient client, IMailFolder folder, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var position = await LoadAsync(settings.CheckpointName, cancellationToken);
        if (position is not null && position.UidValidity != folder.UidValidity)
        {
            logger.LogWarning("IMAP folder {Folder}: UIDVALIDITY changed from {Old} to {New}; reading it again from the start (messages seen before are recorded as duplicates)",
                settings.Folder, position.UidValidity, folder.UidValidity);
        }

        if (position is null || position.UidValidity != folder.UidValidity)
        {
            position = new ImapPosition(folder.UidValidity, 0);
        }

        var targets = new Dictionary<string, IMailFolder>(StringComparer.Ordinal);
        var handled = 0;
        while (true)
        {
            // "n:*" always matches the last message, even below n: keep only UIDs past the checkpoint.
            var found = await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(position.LastUid + 1), UniqueId.MaxValue)), cancellationToken);
            var batch = found.Where(u => u.Id > position.LastUid).OrderBy(u => u.Id).Take(settings.BatchSize).ToList();
            if (batch.Count == 0)
            {
                return handled;
            }

            foreach (var uid in batch)
            {
                await HandleAsync(client, folder, position.UidValidity, uid, targets, cancellationToken);
                position = position with { LastUid = uid.Id };
                await SaveAsync(settings.CheckpointName, position, cancellationToken);
                handled++;
            }
        }
    }

    private async Task HandleAsync(
        ImapClient client, IMailFolder folder, uint uidValidity, UniqueId uid, Dictionary<string, IMailFolder> targets, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        byte[] raw;
        try
        {
            await using var stream = await folder.GetStreamAsync(uid, cancellationToken);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            raw = copy.ToArray();
        }
        catch (MessageNotFoundException)
        {
            logger.LogInformation("IMAP message {Folder} UID {Uid} was removed before it could be read; skipped", settings.Folder, uid.Id);
            return;
        }

        var origin = $"imap:{settings.Folder};uidvalidity={uidValidity};uid={uid.Id}";
        var result = await ingestion.IngestAsync(new InboundMessage(NotificationSource.Imap, raw, origin), cancellationToken);
        var outcome = await SettledOutcomeAsync(result, cancellationToken);
        var label = LabelFor(outcome);
        if (settings.Labels == ImapLabelMode.Keywords)
        {
            await folder.StoreAsync(uid, new StoreFlagsRequest(StoreAction.Add, [label]) { Silent = true }, cancellationToken);
        }
        else
        {
            await folder.MoveToAsync(uid, await TargetAsync(client, label, targets, cancellationToken), cancellationToken);
        }

        logger.LogInformation("IMAP message {Folder} UID {Uid} → notification {NotificationId} ({Outcome}), labelled {Label}",
            settings.Folder, uid.Id, result.NotificationId, result.Outcome, label);
        Handled?.Invoke(new ImapMessageHandled(uid.Id, result.NotificationId, result.Outcome, label));
    }

    /// <summary>The outcome a message is labelled with: a duplicate's is that of its first delivery, processed now if it never was.</summary>
    private async Task<NotificationOutcome> SettledOutcomeAsync(IngestionResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome != NotificationOutcome.Duplicate)
        {
            return result.Outcome;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var original = await db.InboundNotifications.Where(n => n.Id == result.DuplicateOfId).Select(n => n.Outcome).FirstAsync(cancellationToken);
        return original == NotificationOutcome.Pending ? (await ingestion.ReprocessAsync(result.NotificationId, cancellationToken)).Outcome : original;
    }

    private string LabelFor(NotificationOutcome outcome)
    {
        var settings = options.Value;
        return outcome switch
        {
            NotificationOutcome.Parsed or NotificationOutcome.Review => settings.SuccessLabel,
            NotificationOutcome.Ignored or NotificationOutcome.UnknownProvider => settings.IgnoredLabel,
            _ => settings.ExceptionLabel,
        };
    }

    /// <summary>The folder a label names, created beside the folder being read when it does not exist yet.</summary>
    private static async Task<IMailFolder> TargetAsync(ImapClient client, string name, Dictionary<string, IMailFolder> targets, CancellationToken cancellationToken)
    {
        if (targets.TryGetValue(name, out var known))
        {
            return known;
        }

        IMailFolder? target;
        try
        {
            target = await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            target = await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                ?? throw new InvalidOperationException($"the IMAP server did not create the folder {name} for labelled messages");
        }

        targets[name] = target;
        return target;
    }

    private async Task<ImapPosition?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var stored = await checkpoints.GetAsync(name, cancellationToken);
        if (stored is not null && ImapPosition.Parse(stored) is null)
        {
            logger.LogWarning("Checkpoint {Name} holds \"{Position}\", which is not an IMAP position; the folder is read from the start", name, stored);
        }

        return ImapPosition.Parse(stored);
    }

    private Task SaveAsync(string name, ImapPosition position, CancellationToken cancellationToken) =>
        checkpoints.SetAsync(name, position.ToString(), cancellationToken);
}
