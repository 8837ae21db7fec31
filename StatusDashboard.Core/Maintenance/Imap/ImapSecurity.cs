namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>How the connection to the IMAP server is protected.</summary>
public enum ImapSecurity
{
    /// <summary>Plain text; only for a server on the same machine or a trusted network.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS (usually port 143); fails if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 993).</summary>
    SslOnConnect,
}
