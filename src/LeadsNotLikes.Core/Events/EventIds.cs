using System.Security.Cryptography;
using System.Text;

namespace LeadsNotLikes.Events;

/// <summary>Deterministic ids built from a platform's natural keys, so redeliveries map to the same id.</summary>
public static class EventIds
{
    /// <summary>A 32-character lowercase hex id (128 bits of SHA-256) of the parts joined with '|'.</summary>
    public static string From(params ReadOnlySpan<string?> parts)
    {
        var joined = string.Join('|', parts.ToArray());
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(joined), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
