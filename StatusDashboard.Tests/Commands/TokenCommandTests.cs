using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Commands;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Tests.Catalog;

namespace StatusDashboard.Tests.Commands;

/// <summary><c>token create/list/revoke</c> on the real token store; the host's clock stands at 2026-03-15 10:30 UTC.</summary>
public sealed class TokenCommandTests : IAsyncLifetime
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private CatalogTestHost host = null!;

    public async Task InitializeAsync() => host = await CatalogTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ApiTokenService Tokens => host.Services.GetRequiredService<ApiTokenService>();

    [Fact]
    public async Task Create_PrintsOnlyTheSecret_WhichTheStoreAccepts_AndSaysOnStandardErrorItIsShownOnce()
    {
        Assert.Equal(0, await RunAsync("token", "create", "--name", "deploy script", "--scope", "write", "--expires-days", "30"));

        var secret = Normalized(output).TrimEnd('\n');
        Assert.DoesNotContain('\n', secret);
        var check = await Tokens.CheckAsync(secret);
        Assert.NotNull(check.Token);
        Assert.Equal(("deploy script", ApiTokenScope.Write), (check.Token.Name, check.Token.Scope));
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 10, 30, 0, TimeSpan.Zero), check.Token.ExpiresAt);
        Assert.StartsWith($"command line ({Environment.UserName})", check.Token.CreatedBy);
        Assert.Equal(
            $"created API token {check.Token.Id} 'deploy script' (write, expires 2026-04-14 10:30 UTC); the secret above is shown only this once: store it now\n",
            Normalized(error));
    }

    [Fact]
    public async Task Create_RunAsTheProgram_PrintsOnlyTheSecretOnStandardOutput_AndLogsToStandardError()
    {
        var instance = Directory.CreateTempSubdirectory("sdb-token-command-").FullName;
        try
        {
            var program = Path.Combine(AppContext.BaseDirectory, "StatusDashboard.dll");
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { program, "token", "create", "--name", "deploy script", "--scope", "write", $"--Instance:Path={instance}" },
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {program}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);

            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await stderr}");
            Assert.Matches("^sdb_[a-z2-9]{12}_[A-Za-z0-9_-]{43}\n$", (await stdout).ReplaceLineEndings("\n"));
            Assert.Contains("created API token 1 'deploy script' (write, never expires)", await stderr);
            Assert.Contains("info: StatusDashboard.Core.ApiTokens.ApiTokenService", await stderr);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(instance, recursive: true);
        }
    }

    [Fact]
    public async Task List_ShowsEveryTokenWithItsState_AndNeverASecret()
    {
        var kept = (await Tokens.CreateAsync(new NewApiToken("Prometheus", ApiTokenScope.Read, null), "ada")).Created!;
        var gone = (await Tokens.CreateAsync(new NewApiToken("Old CI", ApiTokenScope.Write, host.Time.GetUtcNow().AddDays(1)), "ada")).Created!;
        host.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await RunAsync("token", "list"));

        var lines = Normalized(output).TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^ID +NAME +TOKEN +SCOPE +CREATED \(UTC\) +BY +EXPIRES \(UTC\) +LAST USED \(UTC\) +STATE$", lines[0]);
        Assert.Matches($@"^{gone.Token.Id} +Old CI +sdb_{gone.Token.Prefix}… +write +2026-03-15 10:30 +ada +2026-03-16 10:30 +never +expired$", lines[1]);
        Assert.Matches($@"^{kept.Token.Id} +Prometheus +sdb_{kept.Token.Prefix}… +read +2026-03-15 10:30 +ada +never +never +active$", lines[2]);
        Assert.DoesNotContain(kept.Secret, output.ToString());
        Assert.DoesNotContain(gone.Secret, output.ToString());
    }

    [Fact]
    public async Task Revoke_StopsTheToken_AndASecondRevokeExitsWith1()
    {
        var created = (await Tokens.CreateAsync(new NewApiToken("Grafana", ApiTokenScope.Read, null), "ada")).Created!;
        var id = created.Token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(0, await RunAsync("token", "revoke", id));
        Assert.Equal($"revoked API token {id}: clients using it are refused from now on\n", Normalized(output));
        Assert.Equal("The token has been revoked.", (await Tokens.CheckAsync(created.Secret)).Refusal);

        Assert.Equal(1, await RunAsync("token", "revoke", id));
        Assert.StartsWith($"there is no active API token {id}: it does not exist or is already revoked", error.ToString());
    }

    [Theory]
    [InlineData("--name: Give the token a name that says who or what holds it.", "--name", " ", "--scope", "read")]
    [InlineData("--expires-days: The expiry must be in the future.", "--name", "ci", "--scope", "read", "--expires-days", "0")]
    public async Task Create_ExitsWith1_NamingTheOption_WhenTheStoreRefuses(string message, params string[] options)
    {
        Assert.Equal(1, await RunAsync(["token", "create", .. options]));

        Assert.Equal($"{message}\nno token was created\n", Normalized(error));
        Assert.Empty(output.ToString());
        Assert.Empty(await Tokens.ListAsync());
    }

    [Theory]
    [InlineData("'token create' needs --name and --scope", "token", "create", "--name", "ci")]
    [InlineData("'--scope' must be read or write, got 'admin'", "token", "create", "--name", "ci", "--scope", "admin")]
    [InlineData("'--expires-days' needs a whole number of days, got 'soon'", "token", "create", "--name", "ci", "--scope", "read", "--expires-days", "soon")]
    [InlineData("'--name' needs the name of who or what holds the token", "token", "create", "--name", "--scope", "read")]
    [InlineData("unknown option '--admin' for 'token create'", "token", "create", "--admin")]
    [InlineData("'token revoke' needs the id of one token (see 'token list')", "token", "revoke", "first")]
    [InlineData("'token list' takes no arguments, got '--all'", "token", "list", "--all")]
    [InlineData("unknown token subcommand 'delete' (expected create, list or revoke)", "token", "delete")]
    [InlineData("'token' needs a subcommand: create, list or revoke", "token")]
    public async Task Token_ExitsWith2_AndSaysWhatIsWrong_OnAUsageError(string message, params string[] arguments)
    {
        Assert.Equal(2, await RunAsync(arguments));

        Assert.StartsWith(message + Environment.NewLine, error.ToString());
        Assert.Contains("token create --name NAME --scope read|write", error.ToString());
        Assert.Empty(await Tokens.ListAsync());
    }

    private Task<int> RunAsync(params string[] arguments) =>
        CommandRunner.RunAsync(host.Services, CommandInvocation.Parse(arguments), output, error);

    private static string Normalized(StringWriter writer) => writer.ToString().ReplaceLineEndings("\n");
}
