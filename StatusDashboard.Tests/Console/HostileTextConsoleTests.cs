using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bunit;
using Microsoft.AspNetCore.Components;
using StatusDashboard.Components.Console;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Markdown;

namespace StatusDashboard.Tests.Console;

public sealed class HostileTextConsoleTests : ConsoleTestBase
{
    private async Task<IncidentSnapshot> OpenHostileIncidentAsync()
    {
        var opened = await Database.Service.CreateIncidentAsync(
            new NewIncident(HostileTextFixture.ScriptTitle, Impact.Major, [Database.ComponentIds[0]], Now.AddHours(-1), HostileTextFixture.ImageUpdate, IncidentStatus.Analyzing),
            "<b>mallory</b>");
        var incident = (await Database.Reader.GetAsync(opened.IncidentId!.Value))!;
        Assert.True((await Database.Service.AddUpdateAsync(incident.Id, incident.Version, new NewUpdate(IncidentStatus.Fixing, HostileTextFixture.LongWord, Now), "bob")).Succeeded);
        return incident;
    }

    private static IElement Root<T>(IRenderedComponent<T> page) where T : IComponent => new HtmlParser().ParseDocument(page.Markup).Body!;

    [Fact]
    public async Task OpenList_ShowsHostileTextInert_AndWrapped()
    {
        await OpenHostileIncidentAsync();

        var page = Render<ConsoleHome>();
        page.WaitForElement(".sd-open-table");

        HostileMarkup.AssertInert(Root(page));
        Assert.Equal(HostileTextFixture.ScriptTitle, page.Find(".sd-open-title").TextContent.Trim());
        HostileMarkup.AssertWraps(Root(page), HostileTextFixture.LongWord);
        HostileMarkup.AssertWraps(Root(page), HostileTextFixture.ScriptTitle);
    }

    [Fact]
    public async Task IncidentPage_ShowsHostileTextInert_AndWrapped()
    {
        var incident = await OpenHostileIncidentAsync();

        var page = Render<IncidentConsolePage>(p => p.Add(c => c.Id, incident.Id));
        page.WaitForElement(".sd-incident-title");

        HostileMarkup.AssertInert(Root(page));
        Assert.Equal(HostileTextFixture.ScriptTitle, page.Find(".sd-incident-title").TextContent);
        Assert.Contains("<img src=x onerror=alert(1)>", page.Find(".sd-timeline").TextContent);
        Assert.Contains("<b>mallory</b>", page.Find(".sd-timeline").TextContent);
        HostileMarkup.AssertWraps(Root(page), HostileTextFixture.LongWord);
        HostileMarkup.AssertWraps(Root(page), HostileTextFixture.ScriptTitle);
    }
}
