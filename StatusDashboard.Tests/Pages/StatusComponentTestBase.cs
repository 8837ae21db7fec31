using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using StatusDashboard.Core.Markdown;

namespace StatusDashboard.Tests.Pages;

/// <summary>bUnit context for the status components: MudBlazor services, JS interop loose (they call none), the Markdown renderer.</summary>
public abstract class StatusComponentTestBase : BunitContext
{
    protected StatusComponentTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<MarkdownRenderer>();
    }
}
