using StatusDashboard.Core.Maintenance.Parsing.Generic;

namespace StatusDashboard.Tests.Maintenance.Parsing.Generic;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToLines_KeepsTableRowsAsLines_WithTheirCellsApart()
    {
        var lines = HtmlText.ToLines("<p>Dear customer,</p><table><tr><th>Circuit</th><th>Impact</th></tr><tr><td>ABC-1</td><td>Outage</td></tr></table><p>Regards</p>");

        Assert.Equal(["Dear customer,", "Circuit | Impact", "ABC-1 | Outage", "Regards"], lines.Select(line => line.Text));
        Assert.Equal(["ABC-1", "Outage"], lines[2].Cells);
        Assert.Equal(1, lines[2].Row);
        Assert.Equal(lines[1].Table, lines[2].Table);
    }

    [Fact]
    public void ToLines_ReadsLayoutTables_AsBlocks_AndKeepsTheRowsOfTheTablesInside()
    {
        const string html = """
            <table><tr><td>
              <p>Maintenance window:</p>
              <table><tr><td>Start</td><td>2021-06-01 22:00 UTC</td></tr></table>
            </td></tr></table>
            """;

        var lines = HtmlText.ToLines(html);

        Assert.Equal(["Maintenance window:", "Start | 2021-06-01 22:00 UTC"], lines.Select(line => line.Text));
    }

    [Fact]
    public void ToLines_BreaksLinesAtBlocksAndBreaks_AndCollapsesWhiteSpace()
    {
        var lines = HtmlText.ToLines("<div>Start:&nbsp;&nbsp; 22:00<br>End:\n\n 04:00</div><style>p { color: red }</style>");

        Assert.Equal(["Start: 22:00", "End: 04:00"], lines.Select(line => line.Text));
    }

    [Fact]
    public void ToLines_DropsStruckOutText()
    {
        var lines = HtmlText.ToLines("<p>Start: <strike>2021-11-10 03:00 GMT</strike> 2021-12-08 03:00 GMT</p>");

        Assert.Equal("Start: 2021-12-08 03:00 GMT", Assert.Single(lines).Text);
    }

    [Fact]
    public void CsvLines_ReadQuotedCells_AsOneTable()
    {
        var lines = NotificationText.CsvLines("Circuit;Impact\n\"ABC;1\";\"Outage \"\"hard\"\"\"\n", 7).ToList();

        Assert.Equal(["ABC;1", "Outage \"hard\""], lines[1].Cells);
        Assert.All(lines, line => Assert.Equal(7, line.Table));
    }

    [Fact]
    public void CalendarLines_ReadEventProperties_WithTheirParameters()
    {
        const string calendar = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nDTSTART:16011028T020000\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20210601\r\n T220000\r\nDESCRIPTION:Line one\\nLine two\\, more\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var lines = NotificationText.CalendarLines(calendar).Select(line => line.Text).ToList();

        Assert.Equal(["DTSTART (TZID=Europe/Berlin): 20210601T220000", "DESCRIPTION: Line one", "Line two, more"], lines);
    }
}
