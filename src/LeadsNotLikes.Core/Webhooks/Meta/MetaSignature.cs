using System.Security.Cryptography;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>
/// Verifies <c>X-Hub-Signature-256: sha256=&lt;hex HMAC-SHA256(app secret, raw body)&gt;</c> on the exact request bytes,
/// in constant time (platform-facts.md 1.2).
/// </summary>
public static class MetaSignature
{
    public const string HeaderName = "X-Hub-Signature-256";
    private const string Prefix = "sha256=";
    private const int HexLength = 64;

    public static SignatureCheck Verify(ReadOnlySpan<byte> body, string? header, ReadOnlySpan<byte> appSecret)
    {
        if (string.IsNullOrEmpty(header))
        {
            return SignatureCheck.Missing;
        }

        var value = header.AsSpan().Trim();
        if (!value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || value.Length != Prefix.Length + HexLength)
        {
            return SignatureCheck.Malformed;
        }

        Span<byte> claimed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (Convert.FromHexString(value[Prefix.Length..], claimed, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != claimed.Length)
        {
            return SignatureCheck.Malformed;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(appSecret, body, expected);
        return CryptographicOperations.FixedTimeEquals(claimed, expected) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The header value Meta would send for <paramref name="body"/>; used by the demo sender and tests.</summary>
    public static string Sign(ReadOnlySpan<byte> body, ReadOnlySpan<byte> appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(appSecret, body));
}
