using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>
/// Keeps the maintenance mailbox read while the host runs: connects, reads what is new through
/// <see cref="ImapMailboxReader"/>, then waits in IDLE (re-issued every <see cref="ImapOptions.IdleRefresh"/>) where the
/// server offers it, or polls every <see cref="ImapOptions.PollInterval"/>. Any error closes the connection and
/// reconnects after an exponential back-off; nothing it meets stops the host.
/// </summary>
public sealed class ImapIngestionService(
    ImapMailboxReader reader,
    IOptions<ImapOptions> options,
    TimeProvider time,
    ILogger<ImapIngestionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogDebug("IMAP ingestion is off ({Section}:Enabled is false)", ImapOptions.SectionName);
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WatchAsync(settings, () => failures = 0, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var delay = Backoff(settings, failures);
                logger.LogWarning(e, "IMAP mailbox {Mailbox}: {Reason}; reconnecting in {Delay} (failure {Failures} in a row)",
                    settings.CheckpointName, e.Message, delay, failures);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task WatchAsync(ImapOptions settings, Action connected, CancellationToken stoppingToken)
    {
        using var client = await reader.ConnectAsync(stoppingToken);
        var folder = await reader.OpenAsync(client, stoppingToken);
        var idle = client.Capabilities.HasFlag(ImapCapabilities.Idle);
        logger.LogInformation("IMAP mailbox {Mailbox} open; waiting for mail with {Mode}", settings.CheckpointName,
            idle ? "IDLE" : $"a poll every {settings.PollInterval}");
        connected();

        CancellationTokenSource? wake = null;
        var arrived = false;
        void OnCountChanged(object? sender, EventArgs e)
        {
            arrived = true;
            wake?.Cancel();
        }

        folder.CountChanged += OnCountChanged;
        try
        {
            while (true)
            {
                arrived = false;
                await reader.ReadNewAsync(client, folder, stoppingToken);
                if (arrived)
                {
                    continue;
                }

                if (idle)
                {
                    using (wake = new CancellationTokenSource(settings.IdleRefresh, time))
                    {
                        await client.IdleAsync(wake.Token, stoppingToken);
                    }

                    wake = null;
                }
                else
                {
                    await Task.Delay(settings.PollInterval, time, stoppingToken);
                    await client.NoOpAsync(stoppingToken);
                }
            }
        }
        finally
        {
            folder.CountChanged -= OnCountChanged;
            await DisconnectAsync(client);
        }
    }

    private async Task DisconnectAsync(ImapClient client)
    {
        if (!client.IsConnected)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), time);
            await client.DisconnectAsync(true, timeout.Token);
        }
        catch (Exception e) when (e is IOException or ImapProtocolException or ImapCommandException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogDebug(e, "IMAP logout did not complete; the connection is dropped");
        }
    }

    private static TimeSpan Backoff(ImapOptions settings, int failures)
    {
        var delay = settings.ReconnectMinDelay * Math.Pow(2, Math.Min(failures - 1, 30));
        return delay < settings.ReconnectMaxDelay ? delay : settings.ReconnectMaxDelay;
    }
}
