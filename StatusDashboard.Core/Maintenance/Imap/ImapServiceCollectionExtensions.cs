using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Maintenance.Imap;

/// <summary>Registers the mailbox reader and its validated options; the host adds <see cref="ImapIngestionService"/> to run it.</summary>
public static class ImapServiceCollectionExtensions
{
    public static IServiceCollection AddImapIngestion(this IServiceCollection services)
    {
        services.AddOptions<ImapOptions>().BindConfiguration(ImapOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ImapOptions>, ImapOptionsValidator>();
        services.AddSingleton<ImapMailboxReader>();
        return services;
    }
}
