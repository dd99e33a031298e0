using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeadsNotLikes.Webhooks.StandardWebhooks;

/// <summary>
/// The Standard Webhooks signature (platform-facts.md §6): <c>webhook-signature</c> holds a space-separated list of
/// <c>v1,&lt;base64 HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{raw body}")&gt;</c>; any matching <c>v1</c>
/// entry for any configured key is accepted (key rotation). The key is a <c>whsec_</c> secret, base64-decoded. The
/// timestamp must be within ±5 minutes of now, as the reference libraries require, so a captured delivery cannot be
/// replayed later.
/// </summary>
public static class StandardWebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public const string SecretPrefix = "whsec_";

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The HMAC key of a <c>whsec_</c> secret (the prefix is optional), or null when it is not base64.</summary>
    public static byte[]? DecodeSecret(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return null;
        }

        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        var key = new byte[encoded.Length];
        return Convert.TryFromBase64String(encoded, key, out var written) && written >= 16 ? key[..written] : null;
    }

    /// <summary>A new <c>whsec_</c> secret for <paramref name="key"/> bytes.</summary>
    public static string EncodeSecret(ReadOnlySpan<byte> key) => SecretPrefix + Convert.ToBase64String(key);

    public static Verification Verify(string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body,
        IReadOnlyList<byte[]> keys, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (string.IsNullOrEmpty(signatures))
        {
            return Verification.Missing($"The {SignatureHeader} header is required.");
        }

        if (string.IsNullOrEmpty(id) || id.Length > 200 || string.IsNullOrEmpty(timestamp))
        {
            return Verification.Missing($"The {IdHeader} and {TimestampHeader} headers are required.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
        {
            return Verification.Malformed($"The {TimestampHeader} header must be unix seconds.");
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (sentAt < now - Tolerance || sentAt > now + Tolerance)
        {
            return Verification.Stale($"The {TimestampHeader} is more than {Tolerance.TotalMinutes} minutes from now: a replay or a wrong clock.");
        }

        var message = SignedMessage(id, timestamp, body);
        var anyV1 = false;
        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || !entry.AsSpan(0, comma).SequenceEqual("v1"))
            {
                continue; // v1a (ed25519) and future versions: not ours to check
            }

            anyV1 = true;
            foreach (var key in keys)
            {
                if (Hmac.Base64Equals(entry.AsSpan(comma + 1), HMACSHA256.HashData(key, message)))
                {
                    return Verification.Valid;
                }
            }
        }

        return anyV1
            ? Verification.Mismatch($"No v1 signature in {SignatureHeader} matches the body signed with this endpoint's secret.")
            : Verification.Malformed($"The {SignatureHeader} header has no v1 signature.");
    }

    /// <summary>The <c>webhook-signature</c> value a sender would send; used by tests and the demo.</summary>
    public static string Sign(string id, long timestamp, ReadOnlySpan<byte> body, byte[] key) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, SignedMessage(id, timestamp.ToString(CultureInfo.InvariantCulture), body)));

    private static byte[] SignedMessage(string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return message;
    }
}
