namespace StatusDashboard.Core.Maintenance.Parsing.Providers;

/// <summary>Every provider parser in this assembly: a new provider is one class deriving from <see cref="ProviderMaintenanceParser"/>.</summary>
public static class ProviderParsers
{
    public static IReadOnlyList<Type> All { get; } = typeof(ProviderParsers).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(ProviderMaintenanceParser)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();
}
