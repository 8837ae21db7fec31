using System.Globalization;
using System.Text;
using System.Xml;

namespace StatusDashboard.Feeds;

/// <summary>Writes an RSS 2.0 document: one item per incident, its guid the incident's address.</summary>
public static class RssFeedWriter
{
    public static byte[] Write(FeedHeader header, IReadOnlyList<FeedIncident> incidents, Func<FeedIncident, string> describe)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomFeedWriter.Namespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", header.Title);
            xml.WriteElementString("link", header.BaseUrl + "/");
            xml.WriteElementString("description", $"Incidents and maintenance of {header.Title}");
            xml.WriteStartElement("atom", "link", AtomFeedWriter.Namespace);
            xml.WriteAttributeString("href", header.SelfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            xml.WriteElementString("lastBuildDate", Rfc822(header.Updated));
            foreach (var incident in incidents)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", incident.Title);
                xml.WriteElementString("link", header.IncidentUrl(incident.Id));
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(header.IncidentUrl(incident.Id));
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(incident.LastChanged));
                xml.WriteElementString("category", incident.Impact.ToString());
                xml.WriteElementString("description", describe(incident));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static string Rfc822(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
