using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StatusDashboard.Api.Stackmon;

/// <summary>Checks a stackmon HS256 JWT presented as a bearer token; the answer is null or why it was refused.</summary>
public sealed class StackmonTokenValidator(IOptions<StackmonApiOptions> options, IConfiguration configuration, TimeProvider time)
{
    private const int MinimumKeyBytes = 32;
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>Null when <paramref name="jwt"/> is good, otherwise why it was refused.</summary>
    public async Task<string?> RejectAsync(string jwt)
    {
        var secret = options.Value.Secret is { Length: > 0 } configured ? configured : configuration[StackmonApiOptions.StackmonSecretName];
        if (string.IsNullOrEmpty(secret))
        {
            return "Stackmon JWTs are not configured on this server (Api:Stackmon:Secret or SDB_SECRET_KEY); use an API token.";
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = SigningKey(secret),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = false,
            LifetimeValidator = WithinLifetime,
        };
        var result = await handler.ValidateTokenAsync(jwt, parameters);
        if (!result.IsValid)
        {
            return result.Exception is SecurityTokenExpiredException ? "The token has expired." : "The token is not valid.";
        }

        return result.Claims.ContainsKey(options.Value.RequiredClaim) ? null : $"The token lacks the '{options.Value.RequiredClaim}' claim.";
    }

    /// <summary>
    /// The secret as an HMAC key. The library refuses keys under 256 bits, which stackmon secrets often are; HMAC pads a
    /// short key with zero bytes anyway (RFC 2104), so padding it to 32 bytes checks exactly the same signatures.
    /// </summary>
    private static SymmetricSecurityKey SigningKey(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        return new SymmetricSecurityKey(bytes.Length >= MinimumKeyBytes ? bytes : [.. bytes, .. new byte[MinimumKeyBytes - bytes.Length]]);
    }

    /// <summary>Lifetime against the host's clock (the library's own check reads the system clock); no skew allowed.</summary>
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is { } end && end <= now)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = end };
        }

        return notBefore is not { } start || start <= now;
    }
}
