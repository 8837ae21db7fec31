using System.Text;

namespace StatusDashboard.Core.Maintenance.Parsing.Support;

/// <summary>The text of a text or CSV attachment, in whatever encoding a provider's system or spreadsheet wrote it.</summary>
public static class AttachmentText
{
    /// <summary>UTF-8 unless a byte-order mark or every other byte being zero says UTF-16; Latin-1 when it is not valid UTF-8.</summary>
    public static string Decode(byte[] content)
    {
        if (content is [0xFF, 0xFE, ..] || (content.Length >= 4 && content[1] == 0 && content[3] == 0 && content[0] != 0))
        {
            return Encoding.Unicode.GetString(content).TrimStart('\uFEFF');
        }

        if (content is [0xFE, 0xFF, ..] || (content.Length >= 4 && content[0] == 0 && content[2] == 0 && content[1] != 0))
        {
            return Encoding.BigEndianUnicode.GetString(content).TrimStart('\uFEFF');
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }
}
