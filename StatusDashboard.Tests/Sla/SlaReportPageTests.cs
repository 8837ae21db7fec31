using System.Net;
using StatusDashboard.Core.Sla;
using StatusDashboard.Sla;

namespace StatusDashboard.Tests.Sla;

/// <summary>The SLA report's pages and CSV downloads, served by the real host over the measured demo scenario.</summary>
public sealed class SlaReportPageTests(SlaReportServer server) : IClassFixture<SlaReportServer>
{
    private const string April = "?from=2019-04&to=2019-04";

    private async Task<string> PageAsync(string path)
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<(HttpResponseMessage Response, string Body)> CsvAsync(string path)
    {
        using var client = server.NewClient();
        var response = await client.GetAsync(path);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NoRange_ShowsTheTwelveMonthsUpToTheNewestMeasuredPeriod_WhenNothingRecentWasMeasured()
    {
        var html = await PageAsync("/sla");
        var circuit = await PageAsync("/sla/fiberprovider/IC-99999");

        Assert.Contains("value=\"2018-07\"", html);
        Assert.Contains("value=\"2019-06\"", html);
        Assert.Contains("showing the twelve months up to the newest measured period, June 2019.", html);
        Assert.Contains("data-provider=\"fiberprovider\"", html);
        Assert.Contains("99.953704 %", circuit);
    }

    [Fact]
    public async Task AskedRange_WithoutMeasurements_SaysSo_WithoutMovingTheRange()
    {
        var html = await PageAsync("/sla?from=2026-01&to=2026-02");

        Assert.Contains("value=\"2026-01\"", html);
        Assert.DoesNotContain("sla-range-notice", html);
    }

    [Fact]
    public async Task Providers_ListBothWithTheirFigures_AndLinkOnKeepingTheRange()
    {
        var html = await PageAsync("/sla" + April);

        Assert.Contains("<h1 class=\"sd-h1\">SLA report</h1>", html);
        Assert.Contains("data-provider=\"fiberprovider\"", html);
        Assert.Contains("href=\"/sla/fiberprovider?from=2019-04&amp;to=2019-04\"", html);
        Assert.Contains("href=\"/sla/Backbone%2C%20Inc.?from=2019-04&amp;to=2019-04\"", html);
        Assert.Contains("99.953704 %", html);
        Assert.Contains("1 period, 10 % in all", html);
        Assert.Contains("value=\"2019-04\"", html);
        Assert.Contains("href=\"/sla.csv?from=2019-04&amp;to=2019-04\"", html);
        Assert.Contains("href=\"/sla/periods.csv?from=2019-04&amp;to=2019-04\"", html);
        Assert.Contains("<a href=\"/sla\">SLA report</a>", html);
        Assert.DoesNotContain("<script src=\"_framework/blazor.web.js\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Provider_ShowsEachCircuitPeriodByPeriod()
    {
        var html = await PageAsync("/sla/fiberprovider" + April);

        Assert.Contains("SLA report: fiberprovider", html);
        Assert.Contains("data-element=\"IC-99999\" data-period=\"2019-04-01\"", html);
        Assert.Contains("href=\"/sla/fiberprovider/IC-99999?from=2019-04&amp;to=2019-04\"", html);
        Assert.Contains("99.953704 % (broken)", html);
        Assert.Contains("<td>20 min</td>", html);
        Assert.Contains("<td>40 min</td>", html);
        Assert.Contains("<td>10 %</td>", html);
        Assert.Contains("href=\"/sla/fiberprovider.csv?from=2019-04&amp;to=2019-04\"", html);
    }

    [Fact]
    public async Task Circuit_ShowsItsPeriods()
    {
        var html = await PageAsync("/sla/fiberprovider/IC-99999?from=2019-03&to=2019-06");

        foreach (var month in new[] { "03", "04", "05", "06" })
        {
            Assert.Contains($"data-period=\"2019-{month}-01\"", html);
        }

        Assert.Contains("2019-04-01 to 2019-05-01", html);
        Assert.Contains("href=\"/sla/fiberprovider/IC-99999.csv?from=2019-03&amp;to=2019-06\"", html);
    }

    [Fact]
    public async Task AMalformedMonth_IsExplained_AndAnUnknownNameIsNotFound()
    {
        var html = await PageAsync("/sla?from=April");
        Assert.Contains("The month \"April\" is not a month written as YYYY-MM.", WebUtility.HtmlDecode(html));

        using var client = server.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sla/nobody")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sla/fiberprovider/BB-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sla/nobody.csv")).StatusCode);
        var bad = await client.GetAsync("/sla.csv?from=2019-05&to=2019-04");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ends before it starts", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProvidersCsv_HasAHeader_AndQuotesTheNameWithAComma()
    {
        var (response, body) = await CsvAsync("/sla.csv" + April);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            "provider,elements,periods,average_availability_percent,breached_periods,credit_periods,credit_percent_total\r\n"
            + "\"Backbone, Inc.\",1,1,100,0,0,0\r\n"
            + "fiberprovider,1,1,99.953704,1,1,10\r\n",
            body);
    }

    [Fact]
    public async Task CircuitCsv_HasTheAprilFigures()
    {
        var (response, body) = await CsvAsync("/sla/fiberprovider/IC-99999.csv" + April);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            "provider,element,period_start,period_end,promise,promised_percent,availability_percent,downtime_minutes,outages,mttr_minutes,"
            + "inside_maintenance_minutes,outside_maintenance_minutes,breached,credit_percent\r\n"
            + "fiberprovider,IC-99999,2019-04-01,2019-05-01,Four nines,99.99,99.953704,20,1,20,40,20,yes,10\r\n",
            body);
        var (provider, providerBody) = await CsvAsync("/sla/Backbone%2C%20Inc..csv" + April);
        Assert.Equal(HttpStatusCode.OK, provider.StatusCode);
        Assert.StartsWith("provider,element,", providerBody);
        Assert.Contains("\r\n\"Backbone, Inc.\",BB-1,2019-04-01,", providerBody);
        var (_, periods) = await CsvAsync("/sla/periods.csv" + April);
        Assert.Equal("period_start,period_end,elements,average_availability_percent,downtime_minutes,outages,breached,credit_percent_total\r\n"
            + "2019-04-01,2019-05-01,2,99.976852,20,1,1,10\r\n", periods);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Fiber, Inc.", "\"Fiber, Inc.\"")]
    [InlineData("the \"fast\" one", "\"the \"\"fast\"\" one\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void CsvField_QuotesAsRfc4180Says(string value, string expected) => Assert.Equal(expected, SlaReportCsv.Field(value));

    [Fact]
    public void NumbersInCsv_IgnoreTheCurrentCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var report = new SlaReport(new DateOnly(2019, 4, 1), new DateOnly(2019, 4, 1),
                [new SlaProviderReport("x", 1, 1, 99.5m, 0, 1, 2.5m)], [], []);
            Assert.EndsWith("x,1,1,99.5,0,1,2.5\r\n", SlaReportCsv.Providers(report));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
