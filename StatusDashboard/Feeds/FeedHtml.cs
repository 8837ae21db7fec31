using System.Globalization;
using System.Net;
using System.Text;
using StatusDashboard.Components.Status;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Core.Markdown;

namespace StatusDashboard.Feeds;

/// <summary>The HTML body of a feed entry: impact, components and every update, newest first, through the Markdown sanitiser.</summary>
public sealed class FeedHtml(MarkdownRenderer markdown)
{
    public string Describe(FeedIncident incident)
    {
        var html = new StringBuilder();
        var kind = incident.Impact == Impact.Maintenance ? "Planned maintenance" : $"Impact: {StatusText.Label(incident.Impact)}";
        html.Append("<p><strong>").Append(WebUtility.HtmlEncode(kind)).Append("</strong>");
        if (incident.Components.Count > 0)
        {
            html.Append(" – ").Append(WebUtility.HtmlEncode(string.Join(", ", incident.Components)));
        }

        html.Append("</p>");
        foreach (var update in incident.Updates.Reverse())
        {
            html.Append("<p><strong>").Append(WebUtility.HtmlEncode(StatusText.Label(update.Status))).Append("</strong> – ")
                .Append(update.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
                .Append("</p>")
                .Append(markdown.ToHtml(update.Text));
        }

        return html.ToString();
    }
}
