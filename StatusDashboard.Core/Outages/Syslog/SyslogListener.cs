using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// Receives syslog over UDP and TCP and feeds outage detection. The sockets are bound when the host starts, so a
/// port in use fails the start with a clear message. Every message is appended, as received, to a daily archive in
/// <see cref="SyslogArchive"/> before it is interpreted, so nothing a device said is lost; then link changes go to the
/// detector in small batches. A hostless line is attributed to the sender's address. A failing batch is retried with
/// back-off while TCP senders wait; UDP lines beyond the queue are counted as dropped.
/// </summary>
public sealed class SyslogListener(
    OutageDetector detector,
    IOptions<SyslogListenerOptions> options,
    IOptions<OutageDetectionOptions> detection,
    SyslogArchive archive,
    TimeProvider time,
    ILogger<SyslogListener> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private readonly Channel<ReceivedLine> queue = Channel.CreateBounded<ReceivedLine>(
        new BoundedChannelOptions(options.Value.QueueLength) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly SemaphoreSlim connections = new(options.Value.MaxConnections, options.Value.MaxConnections);
    private Socket? udp;
    private TcpListener? tcp;
    private long dropped;

    /// <summary>UDP messages dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Task.CompletedTask;
        }

        var address = IPAddress.Parse(settings.Address);
        if (settings.UdpPort != 0)
        {
            udp = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            Bind(() => udp.Bind(new IPEndPoint(address, settings.UdpPort)), "udp", settings.UdpPort);
        }

        if (settings.TcpPort != 0)
        {
            tcp = new TcpListener(address, settings.TcpPort);
            Bind(() => tcp.Start(settings.MaxConnections), "tcp", settings.TcpPort);
        }

        logger.LogInformation("Listening for syslog on {Address}: udp {UdpPort}, tcp {TcpPort}", settings.Address, settings.UdpPort, settings.TcpPort);
        return base.StartAsync(cancellationToken);

        void Bind(Action bind, string transport, int port)
        {
            try
            {
                bind();
            }
            catch (SocketException e)
            {
                throw new InvalidOperationException($"{SyslogListenerOptions.SectionName}: cannot listen for syslog on {transport} {settings.Address}:{port}: {e.Message}", e);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        tcp?.Stop();
        udp?.Dispose();
        await base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            udp is null ? Task.CompletedTask : ReceiveUdpAsync(udp, stoppingToken),
            tcp is null ? Task.CompletedTask : AcceptTcpAsync(tcp, stoppingToken),
            ConsumeAsync(stoppingToken));

    private async Task ReceiveUdpAsync(Socket socket, CancellationToken stoppingToken)
    {
        var buffer = new byte[65_536];
        EndPoint any = new IPEndPoint(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, stoppingToken);
                var length = Math.Min(received.ReceivedBytes, options.Value.MaxMessageBytes);
                var text = Encoding.UTF8.GetString(buffer.AsSpan(0, length).TrimEnd("\r\n\0"u8));
                var sender = ((IPEndPoint)received.RemoteEndPoint).Address.ToString();
                if (!queue.Writer.TryWrite(new ReceivedLine(text, sender, "udp", time.GetUtcNow())) && Interlocked.Increment(ref dropped) % 1000 == 1)
                {
                    logger.LogWarning("The syslog queue is full; {Dropped} UDP messages dropped so far", Dropped);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e)
            {
                logger.LogWarning("Receiving syslog over UDP failed: {Error}", e.Message);
            }
        }
    }

    private async Task AcceptTcpAsync(TcpListener listener, CancellationToken stoppingToken)
    {
        var open = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (SocketException e)
            {
                logger.LogWarning("Accepting a syslog connection failed: {Error}", e.Message);
                continue;
            }

            if (!connections.Wait(0))
            {
                logger.LogWarning("Refused a syslog connection from {Sender}: already {Max} connections", client.Client.RemoteEndPoint, options.Value.MaxConnections);
                client.Dispose();
                continue;
            }

            open.RemoveAll(t => t.IsCompleted);
            open.Add(ServeAsync(client, stoppingToken));
        }

        await Task.WhenAll(open);
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stoppingToken)
    {
        var sender = (client.Client.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown";
        try
        {
            using (client)
            {
                var framing = new SyslogTcpFraming(client.GetStream(), options.Value.MaxMessageBytes);
                while (await framing.ReadAsync(stoppingToken) is { } text)
                {
                    await queue.Writer.WriteAsync(new ReceivedLine(text, sender, "tcp", time.GetUtcNow()), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException)
        {
            logger.LogWarning("Closed the syslog connection from {Sender}: {Error}", sender, e.Message);
        }
        finally
        {
            connections.Release();
        }
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ReceivedLine>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(options.Value.BatchDelay, time, stoppingToken);
                while (batch.Count < 10_000 && queue.Reader.TryRead(out var line))
                {
                    batch.Add(line);
                }

                await HandleWithRetryAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task HandleWithRetryAsync(List<ReceivedLine> batch, CancellationToken stoppingToken)
    {
        await RetryAsync(() => archive.AppendAsync(batch, stoppingToken), $"Archiving {batch.Count} syslog messages", stoppingToken);
        var observations = batch
            .Select(line => (Line: line, Event: LinkEventReader.Read(line.Text, new LogLineOrigin(line.ReceivedAt, line.Sender, detection.Value.TimeZoneOf))))
            .Where(r => r.Event is not null)
            .Select(r => new LinkObservation(r.Event!, r.Line.Text, $"syslog-{r.Line.Transport} {r.Line.Sender}"))
            .ToList();
        if (observations.Count > 0)
        {
            await RetryAsync(() => detector.ApplyAsync(observations, stoppingToken), $"Applying {observations.Count} link events", stoppingToken);
        }
    }

    private async Task RetryAsync(Func<Task> work, string what, CancellationToken stoppingToken)
    {
        for (var backoff = TimeSpan.FromSeconds(1); ; backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks)))
        {
            try
            {
                await work();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{What} failed; retrying in {Backoff}", what, backoff);
                await Task.Delay(backoff, time, stoppingToken);
            }
        }
    }
}
