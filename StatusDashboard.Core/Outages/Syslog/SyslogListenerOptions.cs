using System.ComponentModel.DataAnnotations;
using System.Net;

namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>The syslog receiver (section <c>Outages:Syslog</c>): where it listens, and the limits that keep a noisy or hostile sender from hurting it.</summary>
public sealed class SyslogListenerOptions : IValidatableObject
{
    public const string SectionName = "Outages:Syslog";

    public bool Enabled { get; set; }

    /// <summary>The address to listen on; loopback unless devices send from elsewhere.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>UDP port (RFC 5426); 0 turns UDP off.</summary>
    [Range(0, 65535)]
    public int UdpPort { get; set; } = 5514;

    /// <summary>TCP port (RFC 6587, octet-counting or newline framing); 0 turns TCP off.</summary>
    [Range(0, 65535)]
    public int TcpPort { get; set; } = 5514;

    [Range(1, 10_000)]
    public int MaxConnections { get; set; } = 64;

    /// <summary>A longer message is cut to this many bytes (the cut is logged).</summary>
    [Range(480, 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 8192;

    /// <summary>Lines received but not yet handled; UDP lines past this are counted as dropped, TCP senders wait.</summary>
    [Range(100, 10_000_000)]
    public int QueueLength { get; set; } = 100_000;

    /// <summary>How long the first line of a batch may wait for others before the batch is handled.</summary>
    public TimeSpan BatchDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IPAddress.TryParse(Address, out _))
        {
            yield return new ValidationResult($"{SectionName}:Address '{Address}' is not an IP address", [nameof(Address)]);
        }

        if (Enabled && UdpPort == 0 && TcpPort == 0)
        {
            yield return new ValidationResult($"{SectionName}: enabled, but both UdpPort and TcpPort are 0", [nameof(UdpPort), nameof(TcpPort)]);
        }
    }
}
