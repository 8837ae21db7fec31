using Microsoft.Extensions.Options;

namespace StatusDashboard.Core.Caching;

/// <summary>Rejects cache settings that cannot work, naming the setting, its stackmon name and the fix.</summary>
internal sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        var failures = new List<string>();
        if (options.ResolvedType is null)
        {
            failures.Add($"Cache:Type ({StackmonCacheNames.Type}) is '{options.Type}': expected 'memory' (or SimpleCache) or 'redis' (or RedisCache).");
        }

        if (options.DefaultTimeout <= 0)
        {
            failures.Add($"Cache:DefaultTimeout ({StackmonCacheNames.DefaultTimeout}) is {options.DefaultTimeout}: expected a number of seconds greater than 0.");
        }

        if (options.ResolvedType == CacheType.Redis)
        {
            ValidateRedis(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRedis(CacheOptions options, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(options.RedisUrl))
        {
            if (!RedisUrl.TryParse(options.RedisUrl, out _, out var error))
            {
                failures.Add($"Cache:RedisUrl ({StackmonCacheNames.RedisUrl}) is '{Redacted(options.RedisUrl)}': {error}.");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.RedisHost))
            {
                failures.Add($"Cache:RedisHost ({StackmonCacheNames.RedisHost}) is empty: name the Redis host or set {StackmonCacheNames.RedisUrl}.");
            }

            if (options.RedisPort is < 1 or > 65535)
            {
                failures.Add($"Cache:RedisPort ({StackmonCacheNames.RedisPort}) is {options.RedisPort}: expected a port from 1 to 65535.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.KeyPrefix))
        {
            failures.Add($"Cache:KeyPrefix ({StackmonCacheNames.KeyPrefix}) is empty: a shared Redis needs a prefix such as 'sdb:'.");
        }

        if (options.ConnectTimeoutMilliseconds <= 0 || options.OperationTimeoutMilliseconds <= 0)
        {
            failures.Add("Cache:ConnectTimeoutMilliseconds and Cache:OperationTimeoutMilliseconds must be greater than 0.");
        }
    }

    /// <summary>The URL without its password, so a start-up error does not print a secret into the log.</summary>
    private static string Redacted(string url)
    {
        var at = url.LastIndexOf('@');
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && at > scheme ? $"{url[..(scheme + 3)]}***{url[at..]}" : url;
    }
}
