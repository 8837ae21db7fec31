using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Api.Events;

/// <summary>
/// A real Prometheus Alertmanager (Debian's <c>prometheus-alertmanager</c>) on a free 127.0.0.1 port, clustering off,
/// in a temporary folder, with one webhook receiver that posts every group at once to <c>webhookUrl</c> with a bearer token.
/// </summary>
public sealed class AlertmanagerServer : IAsyncDisposable
{
    private const string Binary = "prometheus-alertmanager";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly string directory = Directory.CreateTempSubdirectory("sdb-alertmanager-").FullName;
    private readonly ProcessOutput output = new();
    private readonly HttpClient client = new();
    private Process? server;

    public int Port { get; } = LoopbackPort.Free();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the server has written, for failure messages.</summary>
    public string Output => output.ToString();

    public async Task StartAsync(Uri webhookUrl, string bearerToken)
    {
        var config = Path.Combine(directory, "alertmanager.yml");
        await File.WriteAllTextAsync(config, $"""
            route:
              receiver: status-dashboard
              group_by: ['alertname']
              group_wait: 0s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: status-dashboard
                webhook_configs:
                  - url: '{webhookUrl}'
                    send_resolved: true
                    http_config:
                      authorization:
                        type: Bearer
                        credentials: '{bearerToken}'
            """);
        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     $"--config.file={config}", $"--storage.path={Path.Combine(directory, "data")}",
                     $"--web.listen-address=127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}", "--cluster.listen-address=", "--log.level=debug",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            server = Process.Start(start) ?? throw new InvalidOperationException($"{Binary} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{Binary} is not installed (or not on PATH). The Alertmanager end-to-end test needs it: apt-get install -y prometheus-alertmanager", exception);
        }

        output.Capture(server);
        await WaitUntilReadyAsync();
    }

    /// <summary>Sends one alert through Alertmanager's own API, as Prometheus would; an <paramref name="endsAt"/> in the past resolves it.</summary>
    public async Task PostAlertAsync(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> annotations, DateTimeOffset? endsAt = null)
    {
        var alert = new JsonObject
        {
            ["labels"] = new JsonObject(labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value))),
            ["annotations"] = new JsonObject(annotations.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))),
        };
        if (endsAt is { } end)
        {
            alert["endsAt"] = end.ToString("O", CultureInfo.InvariantCulture);
        }

        using var response = await client.PostAsJsonAsync(new Uri(BaseAddress, "api/v2/alerts"), new JsonArray(alert));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Alertmanager refused the alert: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is { HasExited: false } running)
        {
            running.Kill();
            await running.WaitForExitAsync();
        }

        server?.Dispose();
        client.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"{Binary} exited with code {server.ExitCode} on port {Port}:\n{output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "-/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"{Binary} was not ready on port {Port} within {StartTimeout.TotalSeconds} s:\n{output}");
    }
}
