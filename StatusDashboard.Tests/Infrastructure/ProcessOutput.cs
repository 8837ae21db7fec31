using System.Diagnostics;
using System.Text;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>Collects what a server process the fixtures start writes, for the message when it fails to start.</summary>
public sealed class ProcessOutput
{
    private readonly StringBuilder lines = new();

    /// <summary>Starts reading the standard output and error of <paramref name="process"/>, which must redirect both.</summary>
    public void Capture(Process process)
    {
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public override string ToString()
    {
        lock (lines)
        {
            return lines.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.AppendLine(line);
        }
    }
}
