using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>Checks <see cref="ImapOptions"/> at start when the mailbox is enabled, naming every setting that is wrong.</summary>
public sealed class ImapOptionsValidator : IValidateOptions<ImapOptions>
{
    private const string Section = ImapOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ImapOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        Require(errors, options.Host, "Host", "the IMAP server's host name");
        Require(errors, options.UserName, "UserName", "the mailbox account");
        Require(errors, options.Password, "Password", "the account's password");
        Require(errors, options.Folder, "Folder", "the folder to read, e.g. INBOX");
        if (options.Port is < 0 or > 65535)
        {
            errors.Add($"{Section}:Port is {options.Port}; it must be 1-65535, or 0 for the usual port of {Section}:Security.");
        }

        if (!Enum.IsDefined(options.Security))
        {
            errors.Add($"{Section}:Security must be None, StartTls or SslOnConnect.");
        }

        if (!Enum.IsDefined(options.Labels))
        {
            errors.Add($"{Section}:Labels must be Keywords or Folders.");
        }

        var labels = new[] { ("SuccessLabel", options.SuccessLabel), ("ExceptionLabel", options.ExceptionLabel), ("IgnoredLabel", options.IgnoredLabel) };
        foreach (var (setting, value) in labels)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{Section}:{setting} is empty; it names the keyword or folder a processed message gets.");
            }
            else if (options.Labels == ImapLabelMode.Keywords && !IsAtom(value))
            {
                errors.Add($"{Section}:{setting} \"{value}\" is not a valid IMAP keyword (letters, digits and - _ . only, not starting with \\).");
            }
            else if (options.Labels == ImapLabelMode.Folders && string.Equals(value, options.Folder, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{Section}:{setting} is the folder being read ({options.Folder}); processed messages must go elsewhere.");
            }
        }

        if (labels.Select(l => l.Item2).Distinct(StringComparer.OrdinalIgnoreCase).Count() < labels.Length)
        {
            errors.Add($"{Section}: SuccessLabel, ExceptionLabel and IgnoredLabel must differ, or the outcomes cannot be told apart on the server.");
        }

        Positive(errors, options.PollInterval, "PollInterval");
        Positive(errors, options.ReconnectMinDelay, "ReconnectMinDelay");
        if (options.IdleRefresh <= TimeSpan.Zero || options.IdleRefresh >= TimeSpan.FromMinutes(29))
        {
            errors.Add($"{Section}:IdleRefresh is {options.IdleRefresh}; it must be above zero and below 29 minutes, or servers drop the IDLE first.");
        }

        if (options.ReconnectMaxDelay < options.ReconnectMinDelay)
        {
            errors.Add($"{Section}:ReconnectMaxDelay ({options.ReconnectMaxDelay}) is shorter than ReconnectMinDelay ({options.ReconnectMinDelay}).");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            errors.Add($"{Section}:BatchSize is {options.BatchSize}; it must be 1-10000.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(List<string> errors, string value, string setting, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{Section}:{setting} is empty; it must be set to {what} when {Section}:Enabled is true.");
        }
    }

    private static void Positive(List<string> errors, TimeSpan value, string setting)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:{setting} is {value}; it must be above zero.");
        }
    }

    private static bool IsAtom(string keyword) =>
        keyword[0] != '\\' && keyword.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '$');
}
