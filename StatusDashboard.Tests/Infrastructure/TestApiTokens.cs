using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StatusDashboard.Core.ApiTokens;

namespace StatusDashboard.Tests.Infrastructure;

/// <summary>Creates real API tokens in a test host's database, as an administrator would, and returns their secret form.</summary>
public static class TestApiTokens
{
    public static async Task<string> CreateApiTokenAsync(
        this WebApplicationFactory<Program> factory, ApiTokenScope scope, string name = "test client", DateTimeOffset? expiresAt = null)
    {
        _ = factory.Server;
        var creation = await factory.Services.GetRequiredService<ApiTokenService>().CreateAsync(new NewApiToken(name, scope, expiresAt), "test admin");
        return creation.Created?.Secret ?? throw new InvalidOperationException(
            $"The test token was refused: {string.Join("; ", creation.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
    }
}
