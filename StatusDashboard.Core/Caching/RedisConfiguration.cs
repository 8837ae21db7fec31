using StackExchange.Redis;

namespace StatusDashboard.Core.Caching;

/// <summary>Turns <see cref="CacheOptions"/> into a StackExchange.Redis configuration tuned for a cache that must never slow a page.</summary>
internal static class RedisConfiguration
{
    public static ConfigurationOptions From(CacheOptions options)
    {
        var url = Endpoint(options);
        var configuration = new ConfigurationOptions
        {
            EndPoints = { { url.Host, url.Port } },
            User = url.User,
            Password = url.Password ?? options.RedisPassword,
            DefaultDatabase = url.Database,
            Ssl = url.UseTls,
            SslHost = url.UseTls ? url.Host : null,
            ClientName = "StatusDashboard",

            // Start even when Redis is down and reconnect by itself; the cache computes from the database meanwhile.
            AbortOnConnectFail = false,
            ConnectTimeout = options.ConnectTimeoutMilliseconds,
            SyncTimeout = options.OperationTimeoutMilliseconds,
            AsyncTimeout = options.OperationTimeoutMilliseconds,

            // Queueing commands while disconnected would make every page wait for the timeout; failing at once
            // lets the page go straight to the database.
            BacklogPolicy = BacklogPolicy.FailFast,
            ReconnectRetryPolicy = new ExponentialRetry(500, 5000),
        };
        return configuration;
    }

    private static RedisUrl Endpoint(CacheOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.RedisUrl))
        {
            return new RedisUrl(options.RedisHost, options.RedisPort, User: null, Password: null, Database: 0, UseTls: false);
        }

        // The validator has already rejected a URL that does not parse.
        RedisUrl.TryParse(options.RedisUrl, out var url, out var error);
        return url ?? throw new InvalidOperationException($"Cache:RedisUrl: {error}");
    }
}
