using System.Text.Json;
using MimeKit;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

/// <summary>
/// One case of the shared maintenance-notification corpus (read in place, never copied): the input decoded into a
/// <see cref="NotificationDocument"/> with MimeKit, and the expected maintenances. The corpus is found through
/// SDB_CORPUS_PATH or by walking up from the test's directory to <c>shared/corpus/maintenance</c>.
/// </summary>
public sealed record CorpusCase(string Provider, string Name, bool ExpectError, NotificationDocument Document, IReadOnlyList<ExpectedMaintenance> Expected)
{
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("SDB_CORPUS_PATH") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? configured
                : throw new DirectoryNotFoundException($"SDB_CORPUS_PATH is '{configured}', which is not a directory.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "maintenance");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"The maintenance corpus was not found: no shared/corpus/maintenance above {AppContext.BaseDirectory}; set SDB_CORPUS_PATH.");
    }

    public static IReadOnlySet<string> KnownCircuits(string root) =>
        File.ReadAllLines(Path.Combine(root, "known-circuits.txt"))
            .Where(line => line.Trim().Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<CorpusCase> All(string root) =>
        Directory.GetFiles(root, "*.expected.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    private static CorpusCase Load(string expectedPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var root = json.RootElement;
        var input = Path.Combine(Path.GetDirectoryName(expectedPath)!, root.GetProperty("input").GetString()!);
        var expected = root.GetProperty("maintenances").EnumerateArray().Select(ExpectedMaintenance.From).ToList();
        var name = Path.GetFileName(expectedPath).Replace(".expected.json", "", StringComparison.Ordinal);
        return new CorpusCase(
            Path.GetFileName(Path.GetDirectoryName(expectedPath)!),
            name,
            root.GetProperty("expect_error").GetBoolean(),
            Decode(input),
            expected);
    }

    /// <summary>Stands in for the pipeline's MIME decoder in these tests: bodies by kind, calendars, other parts as attachments.</summary>
    public static NotificationDocument Decode(string path)
    {
        if (path.EndsWith(".ics", StringComparison.OrdinalIgnoreCase))
        {
            return new NotificationDocument { Calendars = [File.ReadAllText(path)] };
        }

        var message = MimeMessage.Load(path);
        var plain = new List<string>();
        var html = new List<string>();
        var calendars = new List<string>();
        var attachments = new List<NotificationAttachment>();
        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            if (part is TextPart text && part.ContentType.MimeType.Equals("text/calendar", StringComparison.OrdinalIgnoreCase))
            {
                calendars.Add(text.Text);
            }
            else if (part is TextPart body && !part.IsAttachment && body.IsHtml)
            {
                html.Add(body.Text);
            }
            else if (part is TextPart plainBody && !part.IsAttachment && plainBody.IsPlain)
            {
                plain.Add(plainBody.Text);
            }
            else if (part.Content is not null)
            {
                using var content = new MemoryStream();
                part.Content.DecodeTo(content);
                attachments.Add(new NotificationAttachment(part.FileName ?? "", part.ContentType.MimeType, content.ToArray()));
            }
        }

        return new NotificationDocument
        {
            MessageId = message.MessageId,
            From = message.From.Mailboxes.FirstOrDefault()?.Address.ToLowerInvariant(),
            Subject = message.Subject ?? "",
            Date = message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            PlainTexts = plain,
            Htmls = html,
            Calendars = calendars,
            Attachments = attachments,
        };
    }
}
