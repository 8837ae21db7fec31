using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Tests.Catalog;
using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Outages.Syslog;

/// <summary>
/// The syslog listener on loopback, fed by the system's <c>logger</c> (util-linux) over UDP and TCP, and by raw
/// sockets for framing and hostile input: the outage appears in the database, and every message lands in the archive.
/// </summary>
public sealed class SyslogListenerTests : IAsyncLifetime
{
    private static readonly string ThisHost = Dns.GetHostName();

    private readonly int udpPort = LoopbackPort.Free();
    private readonly int tcpPort = LoopbackPort.Free();
    private CatalogTestHost host = null!;
    private SyslogListener listener = null!;

    public async Task InitializeAsync()
    {
        host = await CatalogTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Outages:Syslog:Enabled"] = "true",
            ["Outages:Syslog:UdpPort"] = udpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outages:Syslog:TcpPort"] = tcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outages:Syslog:MaxMessageBytes"] = "4096",
            ["Outages:Syslog:BatchDelay"] = "00:00:00.010",
        });
        await host.ProvisionAsync($$"""
            components:
              - name: DNS
                attributes: { region: EU-West, category: Network }
            providers:
              - name: fiberprovider
            circuits:
              - { id: IC-UDP, provider: fiberprovider }
              - { id: IC-TCP, provider: fiberprovider }
              - { id: IC-RAW, provider: fiberprovider }
            ports:
              - { host: {{ThisHost}}, interface: Gi0/1, element: IC-UDP }
              - { host: 127.0.0.1, interface: xe-0/0/1, element: IC-TCP }
              - { host: edge9, interface: Ethernet1/1, element: IC-RAW }
            """);
        listener = host.Services.GetRequiredService<SyslogListener>();
        await listener.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await listener.StopAsync(CancellationToken.None);
        await host.DisposeAsync();
    }

    private static async Task LoggerAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("logger") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start logger (util-linux bsdutils)");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"logger {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
    }

    /// <summary>Polls the database for the element's outage, moving the fake clock so the listener's batch delay passes.</summary>
    private async Task<DetectedOutage> OutageOfAsync(string circuit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            host.Time.Advance(TimeSpan.FromMilliseconds(20));
            await using var db = host.OpenDatabase();
            if (await db.DetectedOutages.Include(o => o.Element).FirstOrDefaultAsync(o => o.Element!.VendorId == circuit) is { } outage)
            {
                return outage;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"no outage of {circuit} appeared within 20 s; archive: {Archive()}");
    }

    private string Archive()
    {
        var folder = Path.Combine(host.InstancePath, "syslog");
        return Directory.Exists(folder) ? string.Concat(Directory.GetFiles(folder).Select(File.ReadAllText)) : "(none)";
    }

    [Fact]
    public async Task ALinkDownSentWithLoggerOverUdp_OpensAnOutage()
    {
        await LoggerAsync("--server", "127.0.0.1", "--port", udpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--udp", "--rfc3164",
            "--tag", "IOS", "%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down");

        var outage = await OutageOfAsync("IC-UDP");

        Assert.Null(outage.End);
        Assert.Equal($"syslog-udp 127.0.0.1", outage.Source);
        Assert.Contains("%LINK-3-UPDOWN", Archive());
    }

    [Fact]
    public async Task AHostlessRfc5424MessageOverTcp_IsTheSendersOutage_WithEitherFraming()
    {
        await LoggerAsync("--server", "127.0.0.1", "--port", tcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--tcp", "--octet-count",
            "--rfc5424=nohost", "--tag", "mib2d", "--msgid", "SNMP_TRAP_LINK_DOWN",
            "SNMP_TRAP_LINK_DOWN: ifIndex 526, ifAdminStatus up(1), ifOperStatus down(2), ifName xe-0/0/1");
        var down = await OutageOfAsync("IC-TCP");
        await LoggerAsync("--server", "127.0.0.1", "--port", tcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--tcp",
            "--rfc5424=nohost", "--tag", "mib2d", "SNMP_TRAP_LINK_UP: ifIndex 526, ifAdminStatus up(1), ifOperStatus up(1), ifName xe-0/0/1");

        var deadline = Stopwatch.StartNew();
        while ((await OutageOfAsync("IC-TCP")).End is null)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "the link-up sent over TCP with newline framing did not close the outage");
            await Task.Delay(25);
        }

        Assert.Equal("syslog-tcp 127.0.0.1", down.Source);
    }

    [Fact]
    public async Task AnOversizedMessage_IsCut_AndTheNextMessageOnTheConnectionStillCounts()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, tcpPort);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("<13>Mar  1 06:00:00 edge9 " + new string('x', 1_000_000) + "\n"));
        var line = "<187>Mar  1 06:05:00 edge9 %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/1 is down (Link failure)";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{line.Length} {line}"));
        await stream.FlushAsync();

        var outage = await OutageOfAsync("IC-RAW");

        Assert.Equal(line, outage.DownEvidence);
        Assert.DoesNotContain(new string('x', 4097), Archive());
    }

    [Fact]
    public async Task ABrokenOctetCount_ClosesThatConnection_AndTheListenerGoesOn()
    {
        using (var broken = new TcpClient())
        {
            await broken.ConnectAsync(IPAddress.Loopback, tcpPort);
            await broken.GetStream().WriteAsync("12x <13>garbage"u8.ToArray());
            var buffer = new byte[1];
            Assert.Equal(0, await broken.GetStream().ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        }

        using var udp = new UdpClient();
        await udp.SendAsync(Encoding.ASCII.GetBytes("<187>Mar  1 06:05:00 edge9 %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/1 is down (Link failure)"),
            new IPEndPoint(IPAddress.Loopback, udpPort));

        Assert.Equal("syslog-udp 127.0.0.1", (await OutageOfAsync("IC-RAW")).Source);
    }

    [Fact]
    public async Task APortInUse_FailsTheStart_WithAClearMessage()
    {
        await using var other = await CatalogTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Outages:Syslog:Enabled"] = "true",
            ["Outages:Syslog:UdpPort"] = "0",
            ["Outages:Syslog:TcpPort"] = tcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => other.Services.GetRequiredService<SyslogListener>().StartAsync(CancellationToken.None));

        Assert.Contains($"cannot listen for syslog on tcp 127.0.0.1:{tcpPort}", error.Message);
    }
}
