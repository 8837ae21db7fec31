using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Caching;

/// <summary>
/// Lays the stackmon environment names (<c>SDB_CACHE_*</c>) over <see cref="CacheOptions"/>, so a deployment
/// written for stackmon keeps working unchanged.
/// </summary>
internal static class StackmonCacheNames
{
    public const string Type = "SDB_CACHE_TYPE";
    public const string KeyPrefix = "SDB_CACHE_KEY_PREFIX";
    public const string RedisHost = "SDB_CACHE_REDIS_HOST";
    public const string RedisPort = "SDB_CACHE_REDIS_PORT";
    public const string RedisUrl = "SDB_CACHE_REDIS_URL";
    public const string RedisPassword = "SDB_CACHE_REDIS_PASSWORD";
    public const string DefaultTimeout = "SDB_CACHE_DEFAULT_TIMEOUT";

    public static void Apply(CacheOptions options, IConfiguration configuration)
    {
        var failures = new List<string>();
        string? Text(string name) => string.IsNullOrWhiteSpace(configuration[name]) ? null : configuration[name]!.Trim();
        int? Number(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            failures.Add($"{name} is '{text}': expected a whole number.");
            return null;
        }

        options.Type = Text(Type) ?? options.Type;
        options.KeyPrefix = Text(KeyPrefix) ?? options.KeyPrefix;
        options.RedisHost = Text(RedisHost) ?? options.RedisHost;
        options.RedisPort = Number(RedisPort) ?? options.RedisPort;
        options.RedisUrl = Text(RedisUrl) ?? options.RedisUrl;
        options.RedisPassword = Text(RedisPassword) ?? options.RedisPassword;
        options.DefaultTimeout = Number(DefaultTimeout) ?? options.DefaultTimeout;

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(CacheOptions), failures);
        }
    }
}
