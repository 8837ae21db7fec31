using Microsoft.AspNetCore.ResponseCompression;
using StatusDashboard.Api.Events;
using StatusDashboard.Api.Logs;
using StatusDashboard.Api.Notifications;
using StatusDashboard.Api.Statuspage;
using MudBlazor.Services;
using StatusDashboard.Api.Stackmon;
using StatusDashboard.Api.Tokens;
using StatusDashboard.Api.Writes;
using StatusDashboard.Badges;
using StatusDashboard.Bench;
using StatusDashboard.Components;
using StatusDashboard.Components.Admin;
using StatusDashboard.Core.Maintenance.DropFolder;
using StatusDashboard.Core.Maintenance.Imap;
using StatusDashboard.Core.Outages;
using StatusDashboard.Core.Outages.Syslog;
using StatusDashboard.Core.Sla;
using StatusDashboard.Core.StatusPage;
using StatusDashboard.Feeds;
using StatusDashboard.PageCaching;
using StatusDashboard.Security;
using StatusDashboard.Sla;
using StatusDashboard.Startup;

namespace StatusDashboard;

/// <summary>The one dependency-injection entry point of the web host.</summary>
public static class WebServiceCollectionExtensions
{
    public static WebApplicationBuilder AddStatusDashboardWeb(this WebApplicationBuilder builder)
    {
        builder.AddStatusDashboardSecurity();
        var services = builder.Services;
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<DemoDataStartup>();
        services.AddMaintenanceDropFolder();
        services.AddHostedService<ImapIngestionService>();
        services.AddHostedService(provider => provider.GetRequiredService<SyslogListener>());
        services.AddHostedService<OutageMonitor>();
        services.AddHostedService<SlaMonitor>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml");
        });
        services.AddStatusPageReader();
        services.AddStatuspageApi();
        services.AddFeeds();
        services.AddScoped<PageFreshness>();
        services.AddSingleton<DocumentCache>();
        services.AddOptions<StackmonComponentOptions>().BindConfiguration(StackmonComponentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddStackmonApi();
        services.AddEventsApi();
        services.AddApiAccess();
        services.AddWriteApi();
        return builder;
    }

    public static WebApplication UseStatusDashboardWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAccessDeniedPage();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<PageOutputCacheMiddleware>();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapBenchEndpoints();
        app.MapFeedEndpoints();
        app.MapBadgeEndpoints();
        app.MapSlaReportEndpoints();
        app.MapAccountEndpoints();
        app.MapNotificationRawEndpoints();
        app.MapStackmonApi();
        app.MapEventsApi();
        app.MapStatuspageApi();
        app.MapWriteApi();
        app.MapNotificationApi();
        app.MapLogApi();
        return app;
    }
}
