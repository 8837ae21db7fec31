using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using StatusDashboard.Core.Markdown;
using StatusDashboard.Tests.Incidents;

namespace StatusDashboard.Tests.Console;

/// <summary>
/// bUnit context for the console pages: MudBlazor, loose JS interop, "alice" signed in as an operator, and a
/// real incident database behind the incident service, reader and change notifier.
/// </summary>
public abstract class ConsoleTestBase : BunitContext, IAsyncLifetime
{
    private IRenderedComponent<MudPopoverProvider>? popovers;

    protected ConsoleTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<MarkdownRenderer>();
        AddAuthorization().SetAuthorized("alice").SetRoles("Operator");
    }

    protected static DateTimeOffset Now => IncidentDatabase.Now;

    protected IncidentDatabase Database { get; private set; } = null!;

    /// <summary>
    /// Picks <paramref name="option"/> in the MudSelect with <paramref name="cssClass"/>: its list opens in the popover
    /// provider, which a page gets from its layout and a test renders beside it.
    /// </summary>
    protected void Choose<T>(IRenderedComponent<T> page, string cssClass, string option)
        where T : IComponent
    {
        popovers ??= Render<MudPopoverProvider>();
        page.Find($".{cssClass}").MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), item => item.TextContent.Trim() == option));
        popovers.FindAll(".mud-list-item").First(item => item.TextContent.Trim() == option).Click();
    }

    /// <summary>The MudBlazor input around the element with <paramref name="cssClass"/>: its label, value and message.</summary>
    protected static IElement FieldOf<T>(IRenderedComponent<T> page, string cssClass)
        where T : IComponent =>
        page.Find($".{cssClass}").Closest(".mud-input-control")!;

    /// <summary>Waits until the page has sent the browser to the page of the incident it saved.</summary>
    protected void WaitForNavigationToTheIncident<T>(IRenderedComponent<T> page)
        where T : IComponent =>
        page.WaitForAssertion(() => Assert.Matches(@"/console/incidents/\d+$", Services.GetRequiredService<NavigationManager>().Uri));

    public async Task InitializeAsync()
    {
        Database = await IncidentDatabase.CreateAsync();
        Services.AddSingleton(Database.Service);
        Services.AddSingleton(Database.Reader);
        Services.AddSingleton(Database.Notifier);
        Services.AddSingleton<TimeProvider>(Database.Clock);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }
}
