namespace StatusDashboard.Feeds;

/// <summary>Registers what the RSS, Atom and iCalendar feeds need.</summary>
public static class FeedServiceCollectionExtensions
{
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FeedReader>();
        services.AddSingleton<FeedHtml>();
        return services;
    }
}
