using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using StatusDashboard.Core.Hosting;

namespace StatusDashboard.Core.Outages.Syslog;

/// <summary>
/// The daily archive of every syslog line received, in <c>instance/syslog/received-YYYY-MM-DD.log</c> (by the UTC day of
/// arrival), one line each: arrival time, transport, sender, the message as received with its line breaks made spaces.
/// The listener and the HTTP batch endpoint share it; appends are serialized so their lines never interleave.
/// </summary>
public sealed class SyslogArchive(IOptions<InstanceOptions> instance)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The folder the daily files are in.</summary>
    public string Folder => Path.Combine(instance.Value.FullPath, "syslog");

    /// <summary>The file of the UTC day <paramref name="day"/>.</summary>
    public string FileOf(DateTime day) => Path.Combine(Folder, $"received-{day:yyyy-MM-dd}.log");

    /// <summary>Appends the lines to their days' files.</summary>
    public async Task AppendAsync(IEnumerable<ReceivedLine> lines, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            foreach (var day in lines.GroupBy(l => l.ReceivedAt.UtcDateTime.Date))
            {
                var text = new StringBuilder();
                foreach (var line in day)
                {
                    text.Append(line.ReceivedAt.ToString("O", CultureInfo.InvariantCulture)).Append(' ')
                        .Append(line.Transport).Append(' ').Append(line.Sender).Append(' ')
                        .Append(line.Text.ReplaceLineEndings(" ")).Append('\n');
                }

                await File.AppendAllTextAsync(FileOf(day.Key), text.ToString(), cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
