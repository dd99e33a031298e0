using System.Security.Cryptography;
using System.Text;

namespace LeadsNotLikes.Webhooks;

/// <summary>HMAC-SHA256 helpers shared by the platforms' signature checks: every comparison is constant-time.</summary>
public static class Hmac
{
    public static byte[] Sha256(string key, ReadOnlySpan<byte> message) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), message);

    public static byte[] Sha256(string key, string message) => Sha256(key, Encoding.UTF8.GetBytes(message));

    /// <summary>True when <paramref name="claimedHex"/> (either case) is the hex of <paramref name="expected"/>.</summary>
    public static bool HexEquals(ReadOnlySpan<char> claimedHex, ReadOnlySpan<byte> expected)
    {
        Span<byte> claimed = stackalloc byte[64];
        if (claimedHex.Length != expected.Length * 2 || expected.Length > claimed.Length
            || Convert.FromHexString(claimedHex, claimed, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != expected.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(claimed[..written], expected);
    }

    /// <summary>True when <paramref name="claimedBase64"/> decodes to <paramref name="expected"/>.</summary>
    public static bool Base64Equals(ReadOnlySpan<char> claimedBase64, ReadOnlySpan<byte> expected)
    {
        Span<byte> claimed = stackalloc byte[64];
        return Convert.TryFromBase64Chars(claimedBase64, claimed, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(claimed[..written], expected);
    }

    /// <summary>Constant-time equality of two strings' UTF-8 bytes.</summary>
    public static bool TextEquals(string? a, string? b) =>
        a is not null && b is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
