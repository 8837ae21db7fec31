using StatusDashboard.Core.Maintenance.Parsing.Decoding;

namespace StatusDashboard.Core.Maintenance.Parsing;

/// <summary>Raw notification bytes to maintenances: decodes them, then runs the parser chain. Never throws on bad input.</summary>
public sealed class MaintenanceNotificationParser(NotificationDecoder decoder, MaintenanceParserChain chain)
{
    public const string DecoderName = "decoder";

    public MaintenanceParseResult Parse(byte[] raw, ParseContext context)
    {
        var decoding = decoder.Decode(raw);
        return decoding.Document is { } document ? chain.Parse(document, context) : MaintenanceParseResult.Failed(DecoderName, decoding.Error!);
    }
}
