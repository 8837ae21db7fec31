using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using StatusDashboard.Core.Data;
using StatusDashboard.Core.Inventory;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Decoding;
using static StatusDashboard.Core.Text.TextClip;

namespace StatusDashboard.Core.Maintenance.Ingestion;

/// <summary>
/// The one pipeline every source feeds (IMAP, drop folder, upload, command). A notification is first stored raw and
/// committed as <see cref="NotificationOutcome.Pending"/>, so nothing is lost whatever happens next; a message seen
/// before (same Message-ID, same body) is stored as a duplicate and not processed again. A message that reuses a
/// Message-ID with a different body is not a second delivery (senders and list software do reuse them) and is
/// processed as a message of its own. Processing then decodes it, finds the sending provider,
/// parses it with the operator's inventory as context and applies the result, all in one transaction with the
/// notification's outcome. Processing is serialised: two notices of one maintenance never race.
/// </summary>
public sealed class NotificationIngestion(
    IDbContextFactory<StatusDbContext> contexts,
    NotificationDecoder decoder,
    MaintenanceParserChain chain,
    MaintenanceApplier applier,
    IOptions<NotificationDecoderOptions> decoding,
    TimeProvider time,
    ILogger<NotificationIngestion> logger)
{
    private const int MaxErrorLength = 4000;
    private const int MaxHeaderLength = 500;

    private readonly SemaphoreSlim processing = new(1, 1);

    /// <summary>Stores the message and processes it, unless it was delivered before.</summary>
    public async Task<IngestionResult> IngestAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        var stored = await StoreAsync(message, cancellationToken);
        return stored.Outcome == NotificationOutcome.Duplicate ? stored : await ProcessAsync(stored.NotificationId, cancellationToken);
    }

    /// <summary>Processes a stored notification again (after a parser fix or an inventory change); a duplicate processes its original.</summary>
    public async Task<IngestionResult> ReprocessAsync(long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.InboundNotifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken)
            ?? throw new KeyNotFoundException($"there is no inbound notification {notificationId}");
        return await ProcessAsync(notification.DuplicateOfId ?? notification.Id, cancellationToken);
    }

    /// <summary>Processes every notification left pending (stored, then interrupted before its outcome was saved), oldest first.</summary>
    public async Task<IReadOnlyList<IngestionResult>> ProcessPendingAsync(CancellationToken cancellationToken = default)
    {
        List<long> pending;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            pending = await db.InboundNotifications.Where(n => n.Outcome == NotificationOutcome.Pending)
                .OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(cancellationToken);
        }

        var results = new List<IngestionResult>(pending.Count);
        foreach (var id in pending)
        {
            results.Add(await ProcessAsync(id, cancellationToken, onlyIfPending: true));
        }

        return results;
    }

    private async Task<IngestionResult> StoreAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(message.Raw));
        var headers = ReadHeaders(message.Raw);
        var messageId = headers.MessageId ?? $"sha256:{hash}";
        var bodyHash = BodyHash(message.Raw, headers.MessageId is not null);
        var cap = decoding.Value.MaxMessageBytes;
        var notification = new InboundNotification
        {
            Source = message.Source,
            MessageId = messageId,
            ContentHash = hash,
            BodyHash = bodyHash,
            Sender = headers.From,
            Subject = headers.Subject,
            Origin = Clip(message.Origin, MaxHeaderLength),
            ReceivedAt = time.GetUtcNow(),
            Raw = message.Raw.LongLength > cap ? message.Raw[..(int)cap] : message.Raw,
            OriginalSize = message.Raw.LongLength > cap ? message.Raw.LongLength : null,
            Outcome = NotificationOutcome.Pending,
        };

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FirstDeliveryAsync(db, messageId, bodyHash, cancellationToken) is { } first)
        {
            return await StoreDuplicateAsync(db, notification, first, cancellationToken);
        }

        if (await db.InboundNotifications.Where(n => n.MessageId == messageId).Select(n => (long?)n.Id).FirstOrDefaultAsync(cancellationToken) is { } namesake)
        {
            logger.LogInformation("A message from {Source} ({Origin}) reuses the Message-ID {MessageId} of notification {Namesake} with a different body; processing it as a message of its own",
                message.Source, message.Origin, messageId, namesake);
        }

        db.InboundNotifications.Add(notification);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(notification).State = EntityState.Detached;
            var raced = await FirstDeliveryAsync(db, messageId, bodyHash, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            notification.Id = 0;
            return await StoreDuplicateAsync(db, notification, raced.Value, cancellationToken);
        }

        logger.LogInformation("Stored notification {Id} from {Source} ({Origin}): {MessageId}", notification.Id, message.Source, message.Origin, messageId);
        return new IngestionResult(notification.Id, NotificationOutcome.Pending, null, []);
    }

    private static Task<long?> FirstDeliveryAsync(StatusDbContext db, string messageId, string bodyHash, CancellationToken cancellationToken) =>
        db.InboundNotifications.Where(n => n.MessageId == messageId && n.BodyHash == bodyHash).Select(n => (long?)n.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The SHA-256 of what a second delivery has in common with the first: the body after the header block (relays add
    /// trace headers), with line ends made LF and trailing white space dropped; for a message without headers, all of it.
    /// </summary>
    private static string BodyHash(byte[] raw, bool hasHeaders)
    {
        ReadOnlySpan<byte> body = raw;
        if (hasHeaders)
        {
            var lf = body.IndexOf("\n\n"u8);
            var crlf = body.IndexOf("\r\n\r\n"u8);
            body = crlf >= 0 && (lf < 0 || crlf < lf) ? body[(crlf + 4)..] : lf >= 0 ? body[(lf + 2)..] : [];
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var normalized = new byte[Math.Min(body.Length, 64 * 1024)];
        var length = 0;
        var end = body.TrimEnd(" \t\r\n"u8).Length;
        for (var i = 0; i < end; i++)
        {
            if (body[i] == (byte)'\r' && i + 1 < end && body[i + 1] == (byte)'\n')
            {
                continue;
            }

            normalized[length++] = body[i];
            if (length == normalized.Length)
            {
                sha.AppendData(normalized);
                length = 0;
            }
        }

        sha.AppendData(normalized, 0, length);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private async Task<IngestionResult> StoreDuplicateAsync(StatusDbContext db, InboundNotification notification, long firstId, CancellationToken cancellationToken)
    {
        notification.MessageId = null;
        notification.DuplicateOfId = firstId;
        notification.Outcome = NotificationOutcome.Duplicate;
        notification.ProcessedAt = notification.ReceivedAt;
        db.InboundNotifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Notification {Id} from {Source} ({Origin}) is a second delivery of {FirstId}; not processed again", notification.Id, notification.Source, notification.Origin, firstId);
        return new IngestionResult(notification.Id, NotificationOutcome.Duplicate, null, [], firstId);
    }

    private async Task<IngestionResult> ProcessAsync(long notificationId, CancellationToken cancellationToken, bool onlyIfPending = false)
    {
        await processing.WaitAsync(cancellationToken);
        try
        {
            return await ProcessSerialAsync(notificationId, onlyIfPending, cancellationToken);
        }
        finally
        {
            processing.Release();
        }
    }

    /// <summary>Processes one notification; with <paramref name="onlyIfPending"/>, one another source processed meanwhile is left as it is.</summary>
    private async Task<IngestionResult> ProcessSerialAsync(long notificationId, bool onlyIfPending, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var notification = await db.InboundNotifications.FirstAsync(n => n.Id == notificationId, cancellationToken);
            if (onlyIfPending && notification.Outcome != NotificationOutcome.Pending)
            {
                return new IngestionResult(notification.Id, notification.Outcome, notification.Error, [], notification.DuplicateOfId);
            }

            var decoded = notification.OriginalSize is { } size
                ? new NotificationDecoding(null, $"the message is {size} bytes, over the {decoding.Value.MaxMessageBytes}-byte cap (Maintenance:Decoding:MaxMessageBytes); only its start is kept")
                : decoder.Decode(notification.Raw);
            var result = await ParseAsync(db, decoded, cancellationToken);
            var changes = result.Error is null
                ? await applier.ApplyAsync(db, notification.Id, result.Result, result.Sender, cancellationToken)
                : [];
            notification.Outcome = result.Outcome ?? (changes.Any(c => c.ReviewReason is not null) ? NotificationOutcome.Review : NotificationOutcome.Parsed);
            notification.Error = Clip(Join(result.Error ?? Review(changes), decoded.Document?.Notes), MaxErrorLength);
            notification.Parser = result.Result.Parser;
            notification.Confidence = result.Result.Confidence;
            notification.ProcessedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Notification {Id}: {Outcome} by {Parser}{Error}", notification.Id, notification.Outcome, notification.Parser,
                notification.Error is { } error ? ": " + error : "");
            return new IngestionResult(notification.Id, notification.Outcome, notification.Error, changes);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong with this one notification, it is kept as failed and the next one is processed.
            logger.LogError(e, "Notification {Id} could not be processed", notificationId);
            return await FailAsync(notificationId, $"the notification could not be processed: {e.GetBaseException().Message}", cancellationToken);
        }
    }

    private async Task<(MaintenanceParseResult Result, string? Error, NotificationOutcome? Outcome, Provider? Sender)> ParseAsync(
        StatusDbContext db, NotificationDecoding decoded, CancellationToken cancellationToken)
    {
        if (decoded.Document is not { } document)
        {
            var failed = MaintenanceParseResult.Failed(MaintenanceNotificationParser.DecoderName, decoded.Error!);
            return (failed, decoded.Error, NotificationOutcome.Failed, null);
        }

        var sender = await FindSenderAsync(db, document, cancellationToken);
        var context = new ParseContext(await KnownIdsAsync(db, cancellationToken), sender?.Name, TimeZoneOf(sender));
        var result = chain.Parse(document, context);
        if (result.Error is null && document.Notes.Count > 0)
        {
            // What was read from a damaged message may be wrong (a window cut off, a circuit list half-decoded): it is
            // kept and labelled failed, not published; re-processing after a fix (a larger cap) reads it again.
            var damaged = $"the message is damaged, so the {result.Maintenances.Count} maintenance(s) the {result.Parser} parser read from it are not applied";
            return (result, damaged, NotificationOutcome.Failed, sender);
        }

        if (result.Error is not { } error)
        {
            return (result, null, null, sender);
        }

        var outcome = result.Parser == MaintenanceParserChain.NoParser && sender is null ? NotificationOutcome.UnknownProvider : NotificationOutcome.Failed;
        return (result, error, outcome, sender);
    }

    private async Task<IngestionResult> FailAsync(long notificationId, string error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.InboundNotifications.FirstAsync(n => n.Id == notificationId, cancellationToken);
        notification.Outcome = NotificationOutcome.Failed;
        notification.Error = Clip(error, MaxErrorLength);
        notification.ProcessedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new IngestionResult(notificationId, NotificationOutcome.Failed, notification.Error, []);
    }

    /// <summary>The provider claiming the sender: its exact address first, then its domain or any parent domain.</summary>
    private static async Task<Provider?> FindSenderAsync(StatusDbContext db, NotificationDocument document, CancellationToken cancellationToken)
    {
        if (document.From is not { } from)
        {
            return null;
        }

        var candidates = new List<string> { from };
        for (var domain = document.FromDomain; !string.IsNullOrEmpty(domain); domain = domain.IndexOf('.') is var dot and >= 0 ? domain[(dot + 1)..] : null)
        {
            if (domain.Contains('.'))
            {
                candidates.Add(domain);
            }
        }

        var senders = await db.ProviderSenders.Where(s => candidates.Contains(s.Address)).ToListAsync(cancellationToken);
        var best = candidates.Select(c => senders.FirstOrDefault(s => s.Address == c)).FirstOrDefault(s => s is not null);
        return best is null ? null : await db.Providers.FirstAsync(p => p.Id == best.ProviderId, cancellationToken);
    }

    private static async Task<IReadOnlySet<string>> KnownIdsAsync(StatusDbContext db, CancellationToken cancellationToken)
    {
        var ids = await db.NetworkElements.Select(e => new { e.VendorId, e.InternalId }).ToListAsync(cancellationToken);
        return ids.SelectMany(e => new[] { e.VendorId, e.InternalId }).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private TimeZoneInfo? TimeZoneOf(Provider? provider)
    {
        if (provider?.DefaultTimeZone is not { } id)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        logger.LogWarning("Provider {Provider} has the default time zone {Zone}, which this machine does not know; its times are read as UTC", provider.Name, id);
        return null;
    }

    private static string? Review(IReadOnlyList<MaintenanceChange> changes)
    {
        var reasons = changes.Where(c => c.ReviewReason is not null).Select(c => $"{c.ProviderName} {c.MaintenanceId}: {c.ReviewReason}").ToList();
        var unknown = changes.Where(c => c.UnknownCircuits.Count > 0)
            .Select(c => $"{c.ProviderName} {c.MaintenanceId}: circuits not in the inventory: {string.Join(", ", c.UnknownCircuits)}").ToList();
        return reasons.Count + unknown.Count == 0 ? null : string.Join("\n", reasons.Concat(unknown));
    }

    /// <summary>The Message-ID, sender and subject from the header block alone; a bare .ics or unreadable bytes have none.</summary>
    private static (string? MessageId, string? From, string? Subject) ReadHeaders(byte[] raw)
    {
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            var headers = HeaderList.Load(stream);
            var messageId = headers[HeaderId.MessageId] is { } id ? MimeUtils.ParseMessageId(id) ?? id.Trim() : null;
            var from = headers[HeaderId.From] is { } sender && InternetAddressList.TryParse(sender, out var addresses)
                ? addresses.Mailboxes.FirstOrDefault()?.Address?.Trim().ToLowerInvariant()
                : null;
            var subject = headers.IndexOf(HeaderId.Subject) is var at and >= 0 ? headers[at].Value?.Trim() : null;
            return (Clip(NullIfEmpty(messageId), MaxHeaderLength), Clip(from, MaxHeaderLength), Clip(subject, MaxHeaderLength));
        }
        catch (FormatException)
        {
            return (null, null, null);
        }
    }

    /// <summary>The error or review text, then what the decoder had to work around (a part left out, an unknown charset).</summary>
    private static string? Join(string? error, IReadOnlyList<string>? notes) => notes is not { Count: > 0 }
        ? error
        : string.Join("\n", new[] { error }.Concat(notes).OfType<string>());

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
