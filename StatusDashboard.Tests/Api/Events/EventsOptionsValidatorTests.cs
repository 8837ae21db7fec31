using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatusDashboard.Api.Events;
using StatusDashboard.Core.Incidents;
using StatusDashboard.Tests.Api.Stackmon;

namespace StatusDashboard.Tests.Api.Events;

public sealed class EventsOptionsValidatorTests
{
    private readonly EventsOptionsValidator validator = new();

    [Fact]
    public void Defaults_AreValid() => Assert.True(validator.Validate(null, new EventsOptions()).Succeeded);

    [Fact]
    public void SeverityMappedToMaintenance_FailsNamingTheKey()
    {
        var options = new EventsOptions();
        options.Severities["info"] = Impact.Maintenance;

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Api:Events:Severities:info", result.FailureMessage);
    }

    [Fact]
    public void NoLabelNamingAComponent_Fails()
    {
        var result = validator.Validate(null, new EventsOptions { ComponentIdLabel = "", ServiceLabels = " , " });

        Assert.True(result.Failed);
        Assert.Contains("ComponentIdLabel or ServiceLabels", result.FailureMessage);
    }

    [Fact]
    public void DefaultImpactMaintenance_Fails() =>
        Assert.Contains("DefaultImpact", validator.Validate(null, new EventsOptions { DefaultImpact = Impact.Maintenance }).FailureMessage);

    [Fact]
    public async Task Host_WithASeverityMappedToMaintenance_RefusesToStartNamingTheSetting()
    {
        await using var factory = new StackmonApiFactory
        {
            HostSettings = new Dictionary<string, string?> { ["Api:Events:Severities:info"] = "Maintenance" },
        };

        var error = Assert.Throws<OptionsValidationException>(() => factory.Server);

        Assert.Contains("Api:Events:Severities:info", error.Message);
    }

    [Fact]
    public async Task Host_BindsSeveritiesFromConfiguration_AddingToTheDefaults()
    {
        await using var factory = new StackmonApiFactory
        {
            HostSettings = new Dictionary<string, string?> { ["Api:Events:Severities:page"] = "outage" },
        };

        var options = factory.Services.GetRequiredService<IOptions<EventsOptions>>().Value;

        Assert.Equal(Impact.Outage, options.Severities["PAGE"]);
        Assert.Equal(Impact.Minor, options.Severities["warning"]);
    }
}
