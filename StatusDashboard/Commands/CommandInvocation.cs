namespace StatusDashboard.Commands;

/// <summary>
/// The command line split into the command (none means serve) and what the host's configuration reads.
/// A first argument that is not an option names a command; after it, arguments of the form <c>--Key=Value</c>
/// still configure the host and the rest belong to the command. Without a command every argument is the host's.
/// </summary>
public sealed record CommandInvocation(IReadOnlyList<string> Words, string[] HostArguments)
{
    public bool IsServe => Words.Count == 0;

    public static CommandInvocation Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return new CommandInvocation([], args);
        }

        return new CommandInvocation(args.Where(a => !IsHostSetting(a)).ToArray(), args.Where(IsHostSetting).ToArray());
    }

    private static bool IsHostSetting(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains('=', StringComparison.Ordinal);
}
