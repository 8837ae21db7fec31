using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// A real Dovecot IMAP server (Debian's <c>dovecot-imapd</c>) of its own on a free 127.0.0.1 port: a temporary
/// configuration, maildir store and base folder, one test user from a passwd file, plain-text login allowed, no TLS.
/// It never runs as root: under root it drops to the package's <c>dovecot</c> user. Set <see cref="Idle"/> to false
/// to hide IDLE from clients (they must poll). Tests can stop and start it again on the same port to play an outage.
/// </summary>
public sealed class DovecotFixture : IAsyncLifetime
{
    public const string UserName = "noc";
    public const string Password = "maint-secret";

    private const string Binary = "/usr/sbin/dovecot";
    private const string ServiceUser = "dovecot";
    private const int SigTerm = 15;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string directory = Directory.CreateTempSubdirectory("sdb-dovecot-").FullName;
    private readonly ProcessOutput output = new();
    private Process? server;

    public int Port { get; } = LoopbackPort.Free();

    public string Host => "127.0.0.1";

    /// <summary>Whether the server advertises IDLE; set before it starts.</summary>
    public bool Idle { get; init; } = true;

    private string ConfigPath => Path.Combine(directory, "dovecot.conf");

    private string LogPath => Path.Combine(directory, "dovecot.log");

    /// <summary>The <c>Maintenance:Imap</c> settings that point the service at this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings(string folder = "INBOX") => new Dictionary<string, string?>
    {
        ["Maintenance:Imap:Enabled"] = "true",
        ["Maintenance:Imap:Host"] = Host,
        ["Maintenance:Imap:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Maintenance:Imap:Security"] = "None",
        ["Maintenance:Imap:UserName"] = UserName,
        ["Maintenance:Imap:Password"] = Password,
        ["Maintenance:Imap:Folder"] = folder,
        ["Maintenance:Imap:PollInterval"] = "00:00:00.500",
        ["Maintenance:Imap:ReconnectMinDelay"] = "00:00:00.200",
        ["Maintenance:Imap:ReconnectMaxDelay"] = "00:00:01",
    };

    public Task InitializeAsync()
    {
        WriteConfiguration();
        return StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it greets.</summary>
    public async Task StartAsync()
    {
        if (server is { HasExited: false })
        {
            return;
        }

        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is not installed. The IMAP tests need Debian's Dovecot: apt-get install -y dovecot-imapd");
        }

        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "setpriv" : Binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        var arguments = asRoot ? new[] { $"--reuid={ServiceUser}", $"--regid={ServiceUser}", "--init-groups", Binary } : [];
        foreach (var argument in arguments.Concat(["-F", "-c", ConfigPath]))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            server = Process.Start(start) ?? throw new InvalidOperationException("dovecot did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"could not run {start.FileName} to start dovecot (under root it drops to the {ServiceUser} user with setpriv)", exception);
        }

        output.Capture(server);
        await WaitForGreetingAsync();
    }

    /// <summary>Stops the server, as an administrator would; the mail store stays for the next <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (server is not { HasExited: false } running)
        {
            return;
        }

        _ = Kill(running.Id, SigTerm);
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await running.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            running.Kill(entireProcessTree: true);
        }

        running.Dispose();
        server = null;
        await WaitForPortClosedAsync();
    }

    /// <summary>A client signed in as the test user.</summary>
    public async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(UserName, Password);
        return client;
    }

    /// <summary>Creates <paramref name="folder"/> in the test user's mailbox.</summary>
    public async Task CreateFolderAsync(string folder)
    {
        using var client = await ConnectAsync();
        await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(folder, isMessageFolder: true);
        await client.DisconnectAsync(true);
    }

    /// <summary>APPENDs <paramref name="raw"/> to <paramref name="folder"/> as it is, and returns its UID.</summary>
    public async Task<uint> AppendAsync(byte[] raw, string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = await client.GetFolderAsync(folder);
        var uid = await target.AppendAsync(MimeMessage.Load(new MemoryStream(raw)), MessageFlags.None)
            ?? throw new InvalidOperationException("dovecot did not return the APPENDUID of the appended message");
        await client.DisconnectAsync(true);
        return uid.Id;
    }

    /// <summary>The keywords of every message in <paramref name="folder"/>, by UID.</summary>
    public async Task<IReadOnlyDictionary<uint, IReadOnlySet<string>>> KeywordsAsync(string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = await client.GetFolderAsync(folder);
        await target.OpenAsync(FolderAccess.ReadOnly);
        var summaries = target.Count == 0 ? [] : await target.FetchAsync(0, -1, MessageSummaryItems.UniqueId | MessageSummaryItems.Flags);
        await client.DisconnectAsync(true);
        return summaries.ToDictionary(s => s.UniqueId.Id, s => (IReadOnlySet<string>)s.Keywords.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>How many messages <paramref name="folder"/> holds; 0 when it does not exist.</summary>
    public async Task<int> CountAsync(string folder)
    {
        using var client = await ConnectAsync();
        try
        {
            var target = await client.GetFolderAsync(folder);
            await target.OpenAsync(FolderAccess.ReadOnly);
            return (await target.SearchAsync(SearchQuery.All)).Count;
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
        finally
        {
            await client.DisconnectAsync(true);
        }
    }

    private void WriteConfiguration()
    {
        var asRoot = Environment.UserName == "root";
        var (uid, gid, user, group) = asRoot ? Account(ServiceUser) : Account(Environment.UserName);
        Directory.CreateDirectory(Path.Combine(directory, "base"));
        Directory.CreateDirectory(Path.Combine(directory, "state"));
        Directory.CreateDirectory(Path.Combine(directory, "mail"));
        File.WriteAllText(Path.Combine(directory, "users"), $"{UserName}:{{PLAIN}}{Password}\n");
        // Without IDLE, clients must poll; the list is Dovecot's own minus IDLE.
        var capability = Idle ? "" : "imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ UIDPLUS MOVE NAMESPACE CHILDREN LIST-EXTENDED ESEARCH SEARCHRES CONDSTORE";
        File.WriteAllText(ConfigPath, $$"""
            protocols = imap
            listen = {{Host}}
            base_dir = {{directory}}/base
            state_dir = {{directory}}/state
            instance_name = sdb-dovecot-{{Port}}
            default_internal_user = {{user}}
            default_internal_group = {{group}}
            default_login_user = {{user}}
            first_valid_uid = {{uid}}
            last_valid_uid = {{uid}}
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            log_path = {{LogPath}}
            mail_location = maildir:{{directory}}/mail/%u
            {{capability}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{directory}}/users
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{directory}}/mail/%u
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = {{Host}}
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            service auth {
              chroot =
            }
            service stats {
              chroot =
            }

            """);
        if (asRoot)
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Append(directory))
            {
                _ = Chown(path, uid, gid);
            }
        }
    }

    /// <summary>The uid, gid and group name of <paramref name="name"/> from /etc/passwd and /etc/group.</summary>
    private static (int Uid, int Gid, string User, string Group) Account(string name)
    {
        var entry = File.ReadLines("/etc/passwd").Select(l => l.Split(':')).FirstOrDefault(f => f.Length > 3 && f[0] == name)
            ?? throw new InvalidOperationException($"there is no user {name} in /etc/passwd; the Dovecot test server runs as it (apt-get install -y dovecot-imapd creates it)");
        var gid = int.Parse(entry[3], CultureInfo.InvariantCulture);
        var group = File.ReadLines("/etc/group").Select(l => l.Split(':')).FirstOrDefault(f => f.Length > 2 && f[2] == entry[3])?[0] ?? name;
        return (int.Parse(entry[2], CultureInfo.InvariantCulture), gid, name, group);
    }

    private async Task WaitForGreetingAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"dovecot exited with code {server.ExitCode} on port {Port}:\n{output}\n{ReadLog()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var buffer = new byte[256];
                var read = await client.GetStream().ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("* OK", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                // Not listening, or a login process not up yet.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"dovecot did not greet on port {Port} within {StartTimeout.TotalSeconds} s:\n{output}\n{ReadLog()}");
    }

    private async Task WaitForPortClosedAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    private string ReadLog() => File.Exists(LogPath) ? $"dovecot.log:\n{File.ReadAllText(LogPath)}" : "(dovecot wrote no log)";

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown(string path, int owner, int group);
}
