using Microsoft.Extensions.Logging.Console;
using StatusDashboard;
using StatusDashboard.Commands;
using StatusDashboard.Core;

var invocation = CommandInvocation.Parse(args);
var builder = WebApplication.CreateBuilder(invocation.HostArguments);
builder.AddStatusDashboardCore();
builder.AddStatusDashboardWeb();
if (!invocation.IsServe)
{
    // A command's standard output is its result (a token's secret, a listing) for scripts to capture; the log goes to standard error.
    builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}

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
