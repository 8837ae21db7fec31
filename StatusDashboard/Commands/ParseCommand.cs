using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatusDashboard.Core.Maintenance.Parsing;
using StatusDashboard.Core.Maintenance.Parsing.Decoding;

namespace StatusDashboard.Commands;

/// <summary>
/// <c>parse [--known-circuits FILE] [--repeat N] FILE...</c>: parses maintenance notifications and prints one JSON
/// object per file and line. Needs no database. <c>--repeat N</c> parses every file N times in memory and reports the
/// rate on the error stream, with the rate of MIME decoding alone measured in the same rounds (for <c>bench/parse.sh</c>).
/// </summary>
internal static class ParseCommand
{
    public const int FailedExitCode = 1;
    public const int UsageExitCode = 2;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        string? knownCircuitsPath = null;
        var repeat = 1;
        var files = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--known-circuits" when i + 1 < arguments.Count:
                    knownCircuitsPath = arguments[++i];
                    break;
                case "--repeat" when i + 1 < arguments.Count && int.TryParse(arguments[i + 1], CultureInfo.InvariantCulture, out repeat) && repeat > 0:
                    i++;
                    break;
                case "--known-circuits" or "--repeat":
                    return await UsageErrorAsync(error, $"'{arguments[i]}' needs {(arguments[i] == "--repeat" ? "a positive count" : "a file path")}");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return await UsageErrorAsync(error, $"unknown option '{option}' for 'parse'");
                default:
                    files.Add(arguments[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            return await UsageErrorAsync(error, "'parse' needs at least one notification file (.eml or .ics)");
        }

        var knownCircuits = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (knownCircuitsPath is not null)
        {
            try
            {
                knownCircuits.UnionWith(File.ReadLines(knownCircuitsPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return await UsageErrorAsync(error, $"--known-circuits: cannot read '{knownCircuitsPath}': {e.Message}");
            }
        }

        var parser = services.GetRequiredService<MaintenanceNotificationParser>();
        var context = new ParseContext(knownCircuits);
        var inputs = files.Select(file => (File: file, Content: Read(file))).ToList();
        var results = inputs.Select(input => input.Content.Bytes is { } bytes ? parser.Parse(bytes, context) : MaintenanceParseResult.Failed("file", input.Content.Error!)).ToList();
        if (repeat > 1)
        {
            await error.WriteLineAsync(Benchmark(services, parser, context, inputs.Select(i => i.Content.Bytes).OfType<byte[]>().ToList(), repeat));
        }

        using var buffer = new MemoryStream();
        foreach (var (input, result) in inputs.Zip(results))
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                MaintenanceParseJson.Write(json, input.File, result);
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return results.All(r => r.Error is null) ? 0 : FailedExitCode;
    }

    /// <summary>
    /// Parses the inputs <paramref name="repeat"/> - 1 more times and, round by round in the same loop, decodes them alone
    /// (MIME parsing, the part no parser can skip): the ratio of the two rates means the same on a busy machine as on an idle one.
    /// </summary>
    private static string Benchmark(IServiceProvider services, MaintenanceNotificationParser parser, ParseContext context, List<byte[]> inputs, int repeat)
    {
        var decoder = services.GetRequiredService<NotificationDecoder>();
        var parsing = new Stopwatch();
        var decoding = new Stopwatch();
        var count = 0;
        for (var round = 1; round < repeat; round++)
        {
            decoding.Start();
            foreach (var input in inputs)
            {
                decoder.Decode(input);
            }

            decoding.Stop();
            parsing.Start();
            foreach (var input in inputs)
            {
                parser.Parse(input, context);
            }

            parsing.Stop();
            count += inputs.Count;
        }

        var parsed = count / parsing.Elapsed.TotalSeconds;
        var decoded = count / decoding.Elapsed.TotalSeconds;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"parsed {count} notifications in {parsing.Elapsed.TotalSeconds:0.000} s: {parsed:0} per second\n"
            + $"decoded alone (MIME only, the reference) {count} in {decoding.Elapsed.TotalSeconds:0.000} s: {decoded:0} per second\n"
            + $"parse rate / decode rate: {parsed / decoded:0.00}");
    }

    private static (byte[]? Bytes, string? Error) Read(string file)
    {
        try
        {
            return (File.ReadAllBytes(file), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read the file: {e.Message}");
        }
    }

    private static async Task<int> UsageErrorAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        await error.WriteLineAsync(CommandRunner.Usage);
        return UsageExitCode;
    }
}
