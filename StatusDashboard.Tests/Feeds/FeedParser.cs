using System.Diagnostics;
using System.Text.Json;

namespace StatusDashboard.Tests.Feeds;

/// <summary>
/// Parses a feed with Python's feedparser (Debian package python3-feedparser, installed by scripts/test.sh), the
/// parser many feed readers build on, so the feeds are checked by a real reader and not by our own expectations.
/// </summary>
public static class FeedParser
{
    private const string Script = """
        import calendar, feedparser, json, sys
        d = feedparser.parse(sys.stdin.buffer.read())
        def when(e, key):
            value = e.get(key + '_parsed')
            return calendar.timegm(value) if value else None
        print(json.dumps({
            'bozo': bool(d.bozo),
            'bozo_exception': str(d.get('bozo_exception', '')),
            'version': d.version,
            'title': d.feed.get('title'),
            'link': d.feed.get('link'),
            'entries': [{
                'title': e.get('title'),
                'link': e.get('link'),
                'id': e.get('id'),
                'published': when(e, 'published'),
                'updated': when(e, 'updated'),
                'summary': e.get('summary'),
            } for e in d.entries],
        }))
        """;

    // The Debian interpreter first: a python3 earlier on PATH (pyenv, a virtualenv) may lack the Debian module.
    private static readonly string[] Interpreters = ["/usr/bin/python3", "python3"];

    public static async Task<JsonElement> ParseAsync(byte[] feed)
    {
        foreach (var interpreter in Interpreters)
        {
            if (interpreter.StartsWith('/') && !File.Exists(interpreter))
            {
                continue;
            }

            var (exitCode, output, error) = await RunAsync(interpreter, feed);
            if (exitCode == 0)
            {
                return JsonDocument.Parse(output).RootElement;
            }

            if (!error.Contains("No module named 'feedparser'", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"feedparser failed ({interpreter}, exit {exitCode}): {error}");
            }
        }

        throw new InvalidOperationException(
            "The feed tests need python3 with feedparser: apt-get install -y python3-feedparser (scripts/test.sh installs it).");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string interpreter, byte[] feed)
    {
        var start = new ProcessStartInfo(interpreter, ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {interpreter}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(feed);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
