using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> of its own on a free 127.0.0.1 port, without persistence, in a temporary folder.
/// Tests can stop it and start it again on the same port to play an outage. Share one through <c>IClassFixture</c>.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly string directory = Directory.CreateTempSubdirectory("sdb-redis-").FullName;
    private readonly ProcessOutput output = new();
    private Process? server;

    public int Port { get; } = LoopbackPort.Free();

    public string Url => $"redis://127.0.0.1:{Port}";

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        if (server is { HasExited: false })
        {
            return;
        }

        var start = new ProcessStartInfo("redis-server")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--dir", directory, "--daemonize", "no",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            server = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                "redis-server is not installed (or not on PATH). The Redis cache tests need it: apt-get install -y redis-server", exception);
        }

        output.Capture(server);
        await WaitForPingAsync();
    }

    /// <summary>
    /// Stops the server. With <paramref name="keepData"/> it saves its data first and loads it again on
    /// <see cref="StartAsync"/>, like a Redis with persistence or one that was only unreachable; otherwise it is
    /// killed and comes back empty.
    /// </summary>
    public async Task StopAsync(bool keepData = false)
    {
        if (server is not { HasExited: false } running)
        {
            return;
        }

        if (keepData)
        {
            await SendAsync("SHUTDOWN SAVE");
        }
        else
        {
            running.Kill();
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        await running.WaitForExitAsync(timeout.Token);
        running.Dispose();
        server = null;
    }

    /// <summary>Makes the server hold every client command for <paramref name="duration"/>: a Redis that hangs instead of refusing.</summary>
    public async Task PauseAsync(TimeSpan duration)
    {
        var answer = await SendAsync($"CLIENT PAUSE {(long)duration.TotalMilliseconds} ALL");
        if (!answer.StartsWith("+OK", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"redis-server refused CLIENT PAUSE: {answer}");
        }
    }

    /// <summary>
    /// A connection of the test's own, to look at keys the way an operator would; patient, so it can also wait out
    /// a <see cref="PauseAsync"/>.
    /// </summary>
    public Task<ConnectionMultiplexer> ConnectAsync() =>
        ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},allowAdmin=true,asyncTimeout=20000,syncTimeout=20000");

    private async Task WaitForPingAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {server.ExitCode} on port {Port}:\n{output}");
            }

            try
            {
                if ((await SendAsync("PING")).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within {StartTimeout.TotalSeconds} s:\n{output}");
    }

    private async Task<string> SendAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }
}
