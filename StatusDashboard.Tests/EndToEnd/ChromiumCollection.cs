using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.EndToEnd;

/// <summary>The end-to-end tests share one Chromium per run: starting a browser costs more than a test.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
