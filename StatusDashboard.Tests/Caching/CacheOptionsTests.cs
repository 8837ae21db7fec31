using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StatusDashboard.Core.Caching;

namespace StatusDashboard.Tests.Caching;

public sealed class CacheOptionsTests
{
    [Fact]
    public void NothingConfigured_GivesTheInProcessCache()
    {
        using var services = Build([]);

        Assert.Equal(CacheType.Memory, services.GetRequiredService<IOptions<CacheOptions>>().Value.ResolvedType);
        Assert.IsType<MemoryStatusCache>(services.GetRequiredService<IStatusCache>());
    }

    [Theory]
    [InlineData("SimpleCache", CacheType.Memory)]
    [InlineData("simplecache", CacheType.Memory)]
    [InlineData("memory", CacheType.Memory)]
    [InlineData("RedisCache", CacheType.Redis)]
    [InlineData("REDIS", CacheType.Redis)]
    public void StackmonCacheType_IsUnderstood_WhateverItsCase(string type, CacheType expected)
    {
        using var services = Build(new() { ["SDB_CACHE_TYPE"] = type });

        Assert.Equal(expected, services.GetRequiredService<IOptions<CacheOptions>>().Value.ResolvedType);
    }

    [Fact]
    public async Task RedisType_GivesTheRedisCache()
    {
        await using var services = Build(new() { ["SDB_CACHE_TYPE"] = "RedisCache" });

        Assert.IsType<RedisStatusCache>(services.GetRequiredService<IStatusCache>());
    }

    [Fact]
    public void StackmonUrl_WithPasswordAndDatabase_ConfiguresTheConnection()
    {
        var options = Resolve(new()
        {
            ["SDB_CACHE_TYPE"] = "RedisCache",
            ["SDB_CACHE_REDIS_URL"] = "redis://:s%40cret@cache.example.net:6380/2",
            ["SDB_CACHE_KEY_PREFIX"] = "status:",
            ["SDB_CACHE_DEFAULT_TIMEOUT"] = "120",
        });

        var redis = RedisConfiguration.From(options);

        Assert.Equal("cache.example.net:6380", EndpointOf(redis));
        Assert.Equal("s@cret", redis.Password);
        Assert.Equal(2, redis.DefaultDatabase);
        Assert.False(redis.Ssl);
        Assert.False(redis.AbortOnConnectFail);
        Assert.Equal("status:", options.KeyPrefix);
        Assert.Equal(TimeSpan.FromSeconds(120), options.EntryLifetime);
    }

    [Fact]
    public void RedissUrl_UsesTls_AndTheSeparatePasswordWhenTheUrlHasNone()
    {
        var options = Resolve(new()
        {
            ["SDB_CACHE_TYPE"] = "redis",
            ["SDB_CACHE_REDIS_URL"] = "rediss://cache.example.net",
            ["SDB_CACHE_REDIS_PASSWORD"] = "from-env",
        });

        var redis = RedisConfiguration.From(options);

        Assert.True(redis.Ssl);
        Assert.Equal("from-env", redis.Password);
        Assert.Equal("cache.example.net:6379", EndpointOf(redis));
    }

    [Fact]
    public void StackmonHostAndPort_ConfigureTheConnection_WhenNoUrlIsGiven()
    {
        var options = Resolve(new()
        {
            ["SDB_CACHE_TYPE"] = "RedisCache",
            ["SDB_CACHE_REDIS_HOST"] = "10.1.2.3",
            ["SDB_CACHE_REDIS_PORT"] = "7000",
            ["SDB_CACHE_REDIS_PASSWORD"] = "pw",
        });

        var redis = RedisConfiguration.From(options);

        Assert.Equal("10.1.2.3:7000", EndpointOf(redis));
        Assert.Equal("pw", redis.Password);
    }

    [Fact]
    public void StackmonNames_WinOverTheCacheSection()
    {
        var options = Resolve(new()
        {
            ["Cache:Type"] = "memory",
            ["Cache:KeyPrefix"] = "section:",
            ["SDB_CACHE_TYPE"] = "RedisCache",
        });

        Assert.Equal(CacheType.Redis, options.ResolvedType);
        Assert.Equal("section:", options.KeyPrefix);
    }

    [Fact]
    public void CacheSection_IsEnoughOnItsOwn()
    {
        var options = Resolve(new() { ["Cache:Type"] = "redis", ["Cache:RedisHost"] = "cache", ["Cache:RedisPort"] = "6390" });

        Assert.Equal("cache:6390", EndpointOf(RedisConfiguration.From(options)));
    }

    [Theory]
    [InlineData("SDB_CACHE_REDIS_PORT", "six", "SDB_CACHE_REDIS_PORT is 'six': expected a whole number")]
    [InlineData("SDB_CACHE_REDIS_PORT", "70000", "Cache:RedisPort (SDB_CACHE_REDIS_PORT) is 70000: expected a port from 1 to 65535")]
    [InlineData("SDB_CACHE_DEFAULT_TIMEOUT", "0", "Cache:DefaultTimeout (SDB_CACHE_DEFAULT_TIMEOUT) is 0")]
    [InlineData("SDB_CACHE_DEFAULT_TIMEOUT", "5m", "SDB_CACHE_DEFAULT_TIMEOUT is '5m': expected a whole number")]
    [InlineData("SDB_CACHE_REDIS_URL", "http://cache:6379", "the scheme is 'http', expected redis:// or rediss://")]
    [InlineData("SDB_CACHE_REDIS_URL", "redis://cache:99999", "Cache:RedisUrl (SDB_CACHE_REDIS_URL) is 'redis://cache:99999': it is not a valid URL")]
    [InlineData("SDB_CACHE_REDIS_URL", "redis://cache/zero", "the database '/zero' is not a database number")]
    public void BadRedisSetting_FailsWithAMessageNamingIt(string name, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["SDB_CACHE_TYPE"] = "RedisCache", [name] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownType_FailsWithTheAcceptedNames()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["SDB_CACHE_TYPE"] = "memcached" }));

        Assert.Contains("Cache:Type (SDB_CACHE_TYPE) is 'memcached': expected 'memory' (or SimpleCache) or 'redis' (or RedisCache)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadUrl_ErrorDoesNotShowThePassword()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["SDB_CACHE_TYPE"] = "RedisCache",
            ["SDB_CACHE_REDIS_URL"] = "http://:topsecret@cache:6379",
        }));

        Assert.DoesNotContain("topsecret", error.Message, StringComparison.Ordinal);
        Assert.Contains("SDB_CACHE_REDIS_URL", error.Message, StringComparison.Ordinal);
    }

    private static string EndpointOf(ConfigurationOptions redis) => Assert.Single(redis.EndPoints) switch
    {
        System.Net.DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        var other => other.ToString()!,
    };

    private static CacheOptions Resolve(Dictionary<string, string?> settings)
    {
        using var services = Build(settings);
        return services.GetRequiredService<IOptions<CacheOptions>>().Value;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddStatusCache()
            .BuildServiceProvider();
    }
}
