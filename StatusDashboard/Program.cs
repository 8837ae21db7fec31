using StatusDashboard;
using StatusDashboard.Commands;
using StatusDashboard.Core;

var invocation = CommandInvocation.Parse(args);
var builder = WebApplication.CreateBuilder(invocation.HostArguments);
builder.AddStatusDashboardCore();
builder.AddStatusDashboardWeb();

await using var app = builder.Build();
if (invocation.IsServe)
{
    app.UseStatusDashboardWeb();
    await app.RunAsync();
    return 0;
}

return await CommandRunner.RunAsync(app.Services, invocation, Console.Out, Console.Error);

/// <summary>The host's entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
