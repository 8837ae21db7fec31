namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>The mailbox the maintenance notifications arrive in (section <c>Maintenance:Imap</c>); read only when <see cref="Enabled"/>.</summary>
public sealed class ImapOptions
{
    public const string SectionName = "Maintenance:Imap";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "";

    /// <summary>0 picks the usual port for <see cref="Security"/>: 993 for <see cref="ImapSecurity.SslOnConnect"/>, 143 otherwise.</summary>
    public int Port { get; set; }

    public ImapSecurity Security { get; set; } = ImapSecurity.SslOnConnect;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string Folder { get; set; } = "INBOX";

    public ImapLabelMode Labels { get; set; } = ImapLabelMode.Keywords;

    /// <summary>The keyword, or in <see cref="ImapLabelMode.Folders"/> mode the folder, for a message read as meant.</summary>
    public string SuccessLabel { get; set; } = "MaintParseSuccess";

    /// <summary>The keyword or folder for a message that could not be read: the dead letters an operator looks at.</summary>
    public string ExceptionLabel { get; set; } = "MaintParseException";

    /// <summary>The keyword or folder for a message that is not a maintenance notification or from no known provider.</summary>
    public string IgnoredLabel { get; set; } = "MaintIgnored";

    /// <summary>How often the folder is checked when the server does not offer IDLE.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>IDLE is re-issued after this long; servers may drop an IDLE older than 30 minutes (RFC 2177).</summary>
    public TimeSpan IdleRefresh { get; set; } = TimeSpan.FromMinutes(25);

    /// <summary>The first wait before reconnecting after an error; it doubles on each failure in a row up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many new messages are fetched at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The port to connect to: <see cref="Port"/>, or the usual one for <see cref="Security"/>.</summary>
    public int EffectivePort => Port != 0 ? Port : Security == ImapSecurity.SslOnConnect ? 993 : 143;

    /// <summary>The checkpoint's name: one per account and folder, so changing either starts afresh.</summary>
    public string CheckpointName => $"imap:{UserName}@{Host}/{Folder}";
}
