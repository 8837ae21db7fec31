using System.Globalization;
using System.Text;
using System.Xml.Linq;
using StatusDashboard.Components.Status;
using StatusDashboard.Core.Incidents;

namespace StatusDashboard.Badges;

/// <summary>
/// A flat two-part SVG badge ("status | operational"). The status is always written out as text, the colour only
/// repeats it, and the image carries its words in <c>&lt;title&gt;</c> and <c>aria-label</c> for screen readers.
/// </summary>
public static class StatusBadge
{
    private const string LabelColour = "#555";

    // Widths are estimated from an average Verdana 11px glyph, as shields.io does without font metrics.
    private const double CharWidth = 7.0;
    private const int Padding = 10;
    private const int Height = 20;

    /// <summary>The badge wording of an impact; null means operational.</summary>
    public static string Message(Impact? impact) => StatusText.Label(impact).ToLowerInvariant();

    /// <summary>Background colours dark enough for white text (contrast at least 4.5:1).</summary>
    public static string Colour(Impact? impact) => impact switch
    {
        null => "#1e7b34",
        Impact.Maintenance => "#1559b7",
        Impact.Minor => "#8a5300",
        Impact.Major => "#b3261e",
        Impact.Outage => "#7f1313",
        _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, "Unknown impact."),
    };

    public static byte[] Render(string label, Impact? impact)
    {
        var message = Message(impact);
        var labelWidth = Width(label);
        var messageWidth = Width(message);
        var total = labelWidth + messageWidth;
        var text = $"{label}: {message}";
        XNamespace svg = "http://www.w3.org/2000/svg";
        var document = new XElement(svg + "svg",
            new XAttribute("width", total),
            new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {total} {Height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", text),
            new XElement(svg + "title", text),
            new XElement(svg + "rect", new XAttribute("width", labelWidth), new XAttribute("height", Height), new XAttribute("fill", LabelColour)),
            new XElement(svg + "rect", new XAttribute("x", labelWidth), new XAttribute("width", messageWidth), new XAttribute("height", Height), new XAttribute("fill", Colour(impact))),
            new XElement(svg + "g",
                new XAttribute("fill", "#fff"),
                new XAttribute("text-anchor", "middle"),
                new XAttribute("font-family", "Verdana,DejaVu Sans,sans-serif"),
                new XAttribute("font-size", 11),
                new XAttribute("aria-hidden", "true"),
                Text(svg, labelWidth / 2.0, label),
                Text(svg, labelWidth + messageWidth / 2.0, message)));
        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    private static XElement Text(XNamespace svg, double x, string value) =>
        new(svg + "text", new XAttribute("x", x.ToString("0.#", CultureInfo.InvariantCulture)), new XAttribute("y", 14), value);

    private static int Width(string text) => (int)Math.Ceiling(text.Length * CharWidth) + Padding;
}
