using System.Globalization;
using System.Text;

namespace StatusDashboard.Components.Admin;

/// <summary>How the operator pages write a notification's parser, confidence, error and raw bytes.</summary>
public static class NotificationText
{
    /// <summary>The parser with its confidence as a percentage, e.g. "generic (62 %)"; a dash when nothing parsed it.</summary>
    public static string Parser(string? parser, double? confidence) =>
        parser is null ? "—" : confidence is { } c ? string.Create(CultureInfo.InvariantCulture, $"{parser} ({Math.Round(c * 100)} %)") : parser;

    /// <summary>The first line of an error, for the lists; the detail page shows it whole.</summary>
    public static string FirstLine(string? error)
    {
        if (string.IsNullOrEmpty(error))
        {
            return "";
        }

        var end = error.IndexOfAny(['\r', '\n']);
        return end < 0 ? error : error[..end] + " …";
    }

    /// <summary>
    /// The raw bytes as text to read on the page: UTF-8 (undecodable bytes become U+FFFD), control characters other than
    /// tab and line breaks replaced, and at most <paramref name="maxBytes"/> bytes of it. The page encodes it as text.
    /// </summary>
    public static string Raw(byte[] raw, int maxBytes)
    {
        var text = Encoding.UTF8.GetString(raw, 0, Math.Min(raw.Length, maxBytes));
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) && c is not ('\t' or '\r' or '\n') ? '\uFFFD' : c);
        }

        return clean.ToString();
    }

    /// <summary>A size in bytes as people read it: "812 bytes", "14.2 KB", "3.1 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
