using Bunit;
using MudBlazor.Services;

namespace StatusDashboard.Tests.Pages;

/// <summary>bUnit context for the status components: MudBlazor services, JS interop loose (they call none).</summary>
public abstract class StatusComponentTestBase : BunitContext
{
    protected StatusComponentTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}
