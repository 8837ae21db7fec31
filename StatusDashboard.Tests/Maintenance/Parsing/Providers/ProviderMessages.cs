using System.Text;
using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Parsing.Providers;

/// <summary>Runs a hand-written notification (MIME text) through the full parsing chain, as the pipeline would.</summary>
public static class ProviderMessages
{
    private static readonly MaintenanceNotificationParser Parser = ParsingServices.Parser();

    public static MaintenanceParseResult Parse(string mime) =>
        Parser.Parse(Encoding.UTF8.GetBytes(mime.ReplaceLineEndings("\r\n")), ParseContext.Empty);

    /// <summary>The one maintenance a parser must have read, failing with its error when it read none.</summary>
    public static MaintenanceNotice Single(MaintenanceParseResult result, string parser)
    {
        Assert.True(result.Error is null, result.Error);
        Assert.Equal(parser, result.Parser);
        return Assert.Single(result.Maintenances);
    }

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso + "Z", System.Globalization.CultureInfo.InvariantCulture);
}
