using System.ComponentModel;
using System.Diagnostics;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider, the npm package <c>oidc-provider</c> run by <c>tests/oidc-provider/server.js</c>, on a
/// free 127.0.0.1 port over plain HTTP. It has one confidential client (code flow with PKCE) whose redirect URIs are the
/// app's, so it starts once the app's address is known (<see cref="StartAsync"/>); the port, and so the issuer, are
/// chosen before, for the app's settings. Its accounts (see server.js) sign in on the provider's own login form with
/// any password. A missing Node.js or package fails the fixture with the fix; it never skips.
/// </summary>
public sealed class OidcProviderFixture : IAsyncDisposable
{
    public const string ClientId = "status-dashboard-e2e";
    public const string ClientSecret = "e2e-client-secret";

    /// <summary>In group <c>/status-dashboard</c>: an Operator with the usual mapping.</summary>
    public const string OperatorLogin = "operator@example.test";
    public const string OperatorName = "Olive Operator";

    /// <summary>In no group at all.</summary>
    public const string OutsiderLogin = "outsider@example.test";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly ProcessOutput output = new();
    private Process? server;

    public int Port { get; } = LoopbackPort.Free();

    public Uri Issuer => new($"http://127.0.0.1:{Port}");

    public static string ProviderDirectory => Path.Combine(TestArtifacts.RepositoryRoot(), "tests", "oidc-provider");

    /// <summary>Starts the provider for the app at <paramref name="app"/> and waits until its discovery document answers.</summary>
    public async Task StartAsync(Uri app)
    {
        if (!File.Exists(Path.Combine(ProviderDirectory, "node_modules", "oidc-provider", "package.json")))
        {
            throw new InvalidOperationException(
                $"The npm package oidc-provider is not installed in {ProviderDirectory}. Run scripts/test.sh, or 'npm ci' in that folder.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ProviderDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("server.js");
        start.Environment["OIDC_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["OIDC_CLIENT_ID"] = ClientId;
        start.Environment["OIDC_CLIENT_SECRET"] = ClientSecret;
        start.Environment["OIDC_REDIRECT_URI"] = new Uri(app, "/signin-oidc").ToString();
        start.Environment["OIDC_POST_LOGOUT_REDIRECT_URI"] = new Uri(app, "/signout-callback-oidc").ToString();
        try
        {
            server = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                "Node.js is not installed (or 'node' is not on PATH). The OpenID Connect end-to-end tests need it to run oidc-provider.", exception);
        }

        output.Capture(server);
        await WaitForDiscoveryAsync();
    }

    private async Task WaitForDiscoveryAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var discovery = new Uri(Issuer, "/.well-known/openid-configuration");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"oidc-provider exited with code {server.ExitCode}:\n{output}");
            }

            try
            {
                using var response = await client.GetAsync(discovery);
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

        throw new InvalidOperationException($"oidc-provider did not answer {discovery} within {StartTimeout.TotalSeconds} s:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (server is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }

        server?.Dispose();
    }
}
