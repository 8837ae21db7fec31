using System.Security.Cryptography;
using System.Text;

namespace StatusDashboard.Core.ApiTokens;

/// <summary>
/// The shape of our tokens: <c>sdb_</c>, a 12-character lookup prefix, <c>_</c>, 43 characters of secret (256 random
/// bits, base64url). The recognisable start lets secret scanners find leaked tokens and lets the API tell ours apart
/// from stackmon JWTs. A plain SHA-256 is enough for a 256-bit random secret: there is nothing to guess.
/// </summary>
public static class ApiTokenFormat
{
    public const string Marker = "sdb_";
    private const int PrefixLength = 12;
    private const int SecretBytes = 32;
    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static bool LooksLikeOurs(string presented) => presented.StartsWith(Marker, StringComparison.Ordinal);

    public static (string Prefix, string Token) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (prefix, $"{Marker}{prefix}_{secret}");
    }

    /// <summary>The lookup prefix of a presented token, or null when it is not of our shape.</summary>
    public static string? PrefixOf(string presented)
    {
        if (!LooksLikeOurs(presented) || presented.Length < Marker.Length + PrefixLength + 2 || presented[Marker.Length + PrefixLength] != '_')
        {
            return null;
        }

        return presented.Substring(Marker.Length, PrefixLength);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string presented, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));
}
