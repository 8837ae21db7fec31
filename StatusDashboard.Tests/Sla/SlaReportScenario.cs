using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.Catalog;
using StatusDashboard.Core.Demo;
using StatusDashboard.Core.Sla;

namespace StatusDashboard.Tests.Sla;

/// <summary>
/// The demo scenario (<see cref="SlaDemoScenario"/>: the maintenance e-mail and the syslog file through the real
/// pipelines), measured, for the SLA report's tests: <c>fiberprovider</c>'s <c>IC-99999</c> under a 99.99 %
/// calendar-month promise, a maintenance announced for 2019-04-09 06:00–10:00, the port down 06:05–06:45 and 11:05–11:25. Beside it <c>Backbone, Inc.</c> (a comma in its name) with <c>BB-1</c> under
/// the same promise and never down. Both are measured from March to June 2019, unless <c>measure</c> is false.
/// </summary>
public static class SlaReportScenario
{
    public const string Provider = "fiberprovider";
    public const string Circuit = "IC-99999";
    public const string OtherProvider = "Backbone, Inc.";

    public static readonly DateTimeOffset Day = SlaDemoScenario.Day;

    public static async Task SeedAsync(IServiceProvider services, bool measure = true)
    {
        var catalog = services.GetRequiredService<CatalogParser>().Parse("""
            components:
              - name: Transit
                attributes: { region: EU-West, category: Network }
            providers:
              - name: fiberprovider
                senders: fiberprovider.example
              - name: "Backbone, Inc."
                senders: backbone.example
            sla_promises:
              - name: Four nines
                uptime: 99.99
                interval: calendar-month
                credits:
                  - { below: 99.99, credit: 10 }
                  - { below: 99.9, credit: 25 }
            circuits:
              - id: IC-99999
                provider: fiberprovider
                turn_up: 2019-03-20
                components:
                  - { service: Transit, region: EU-West }
                sla: Four nines
              - id: BB-1
                provider: "Backbone, Inc."
                turn_up: 2019-03-20
                sla: Four nines
            ports:
              - { host: edge1.fra, interface: Gi0/1, element: IC-99999 }
            """, "sla-report-catalog.yaml");
        await services.GetRequiredService<CatalogProvisioner>().ProvisionAsync(catalog, false, CancellationToken.None);
        await services.GetRequiredService<SlaDemoScenario>().FeedAsync();
        if (measure)
        {
            await services.GetRequiredService<SlaEvaluator>().EvaluateAsync(Day.AddMonths(-1), Day.AddMonths(2));
        }
    }
}
