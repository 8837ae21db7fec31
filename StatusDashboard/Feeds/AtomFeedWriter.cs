using System.Text;
using System.Xml;

namespace StatusDashboard.Feeds;

/// <summary>Writes an Atom 1.0 document: one entry per incident, its id the incident's address.</summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedHeader header, IReadOnlyList<FeedIncident> incidents, Func<FeedIncident, string> describe)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("title", Namespace, header.Title);
            xml.WriteElementString("id", Namespace, header.SelfUrl);
            xml.WriteElementString("updated", Namespace, Rfc3339(header.Updated));
            Link(xml, header.BaseUrl + "/", "alternate", "text/html");
            Link(xml, header.SelfUrl, "self", "application/atom+xml");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, header.Title);
            xml.WriteEndElement();
            foreach (var incident in incidents)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("title", Namespace, incident.Title);
                xml.WriteElementString("id", Namespace, header.IncidentUrl(incident.Id));
                Link(xml, header.IncidentUrl(incident.Id), "alternate", "text/html");
                xml.WriteElementString("published", Namespace, Rfc3339(incident.Start));
                xml.WriteElementString("updated", Namespace, Rfc3339(incident.LastChanged));
                xml.WriteStartElement("category", Namespace);
                xml.WriteAttributeString("term", incident.Impact.ToString());
                xml.WriteEndElement();
                xml.WriteStartElement("content", Namespace);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(describe(incident));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset instant) => XmlConvert.ToString(instant.UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
