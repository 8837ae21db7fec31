using System.Globalization;
using StatusDashboard.Core.ApiTokens;
using StatusDashboard.Core.Data;
using static StatusDashboard.Commands.CommandRunner;

namespace StatusDashboard.Commands;

/// <summary>
/// <c>token create --name N --scope read|write [--expires-days D]</c>, <c>token list</c> and <c>token revoke ID</c>:
/// API tokens without a browser, for operators and deployment scripts. <c>create</c> prints the secret alone on
/// standard output, so <c>TOKEN=$(StatusDashboard token create …)</c> captures it; what it says about it goes to
/// standard error. Times are UTC.
/// </summary>
internal static class TokenCommand
{
    public const int RefusedExitCode = 1;
    private const string TimeFormat = "yyyy-MM-dd HH:mm";

    public static async Task<int> RunAsync(
        IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (arguments.FirstOrDefault())
        {
            case "create":
                return await CreateAsync(services, arguments.Skip(1).ToList(), output, error, cancellationToken);
            case "list" when arguments.Count == 1:
                return await ListAsync(services, output, cancellationToken);
            case "list":
                return await UsageErrorAsync(error, $"'token list' takes no arguments, got '{string.Join(' ', arguments.Skip(1))}'");
            case "revoke" when arguments.Count == 2 && int.TryParse(arguments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                return await RevokeAsync(services, id, output, error, cancellationToken);
            case "revoke":
                return await UsageErrorAsync(error, "'token revoke' needs the id of one token (see 'token list')");
            case null:
                return await UsageErrorAsync(error, "'token' needs a subcommand: create, list or revoke");
            default:
                return await UsageErrorAsync(error, $"unknown token subcommand '{arguments[0]}' (expected create, list or revoke)");
        }
    }

    private static async Task<int> CreateAsync(
        IServiceProvider services, List<string> options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? name = null;
        ApiTokenScope? scope = null;
        int? expiresDays = null;
        for (var i = 0; i < options.Count; i++)
        {
            var value = i + 1 < options.Count && !options[i + 1].StartsWith("--", StringComparison.Ordinal) ? options[i + 1] : null;
            switch (options[i])
            {
                case "--name" when value is not null:
                    name = value;
                    break;
                case "--scope" when value is "read" or "write":
                    scope = value == "read" ? ApiTokenScope.Read : ApiTokenScope.Write;
                    break;
                case "--expires-days" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days):
                    expiresDays = days;
                    break;
                case "--name":
                    return await UsageErrorAsync(error, "'--name' needs the name of who or what holds the token");
                case "--scope":
                    return await UsageErrorAsync(error, $"'--scope' must be read or write, got '{value}'");
                case "--expires-days":
                    return await UsageErrorAsync(error, $"'--expires-days' needs a whole number of days, got '{value}'");
                default:
                    return await UsageErrorAsync(error, $"unknown option '{options[i]}' for 'token create'");
            }

            i++;
        }

        if (name is null || scope is null)
        {
            return await UsageErrorAsync(error, "'token create' needs --name and --scope");
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var request = new NewApiToken(name, scope.Value, expiresDays is { } d ? now.AddDays(d) : null);
        var creation = await services.GetRequiredService<ApiTokenService>().CreateAsync(request, Actor, cancellationToken);
        if (creation.Created is not { } created)
        {
            foreach (var fieldError in creation.Errors)
            {
                await error.WriteLineAsync($"{OptionOf(fieldError.Field)}: {fieldError.Message}");
            }

            await error.WriteLineAsync("no token was created");
            return RefusedExitCode;
        }

        await output.WriteLineAsync(created.Secret);
        var token = created.Token;
        await error.WriteLineAsync(
            $"created API token {token.Id} '{token.Name}' ({Scope(token.Scope)}, {Expiry(token)}); " +
            "the secret above is shown only this once: store it now");
        return 0;
    }

    private static async Task<int> ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var tokens = await services.GetRequiredService<ApiTokenService>().ListAsync(cancellationToken);
        if (tokens.Count == 0)
        {
            await output.WriteLineAsync("no API tokens");
            return 0;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        List<string[]> rows = [["ID", "NAME", "TOKEN", "SCOPE", "CREATED (UTC)", "BY", "EXPIRES (UTC)", "LAST USED (UTC)", "STATE"]];
        rows.AddRange(tokens.Select(t => new[]
        {
            t.Id.ToString(CultureInfo.InvariantCulture), t.Name, $"{ApiTokenFormat.Marker}{t.Prefix}…", Scope(t.Scope),
            Time(t.CreatedAt), t.CreatedBy, t.ExpiresAt is { } e ? Time(e) : "never", t.LastUsedAt is { } u ? Time(u) : "never",
            t.RevokedAt is not null ? "revoked" : t.IsActiveAt(now) ? "active" : "expired",
        }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }

        return 0;
    }

    private static async Task<int> RevokeAsync(IServiceProvider services, int id, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (!await services.GetRequiredService<ApiTokenService>().RevokeAsync(id, Actor, cancellationToken))
        {
            await error.WriteLineAsync($"there is no active API token {id}: it does not exist or is already revoked (see 'token list')");
            return RefusedExitCode;
        }

        await output.WriteLineAsync($"revoked API token {id}: clients using it are refused from now on");
        return 0;
    }

    /// <summary>The audit log's name for whoever ran the command: the command line and the system account.</summary>
    private static string Actor => $"command line ({Environment.UserName})";

    private static string OptionOf(string field) => field switch
    {
        "expiresAt" => "--expires-days",
        _ => "--" + field,
    };

    private static string Scope(ApiTokenScope scope) => scope == ApiTokenScope.Write ? "write" : "read";

    private static string Expiry(ApiToken token) => token.ExpiresAt is { } expires ? $"expires {Time(expires)} UTC" : "never expires";

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
