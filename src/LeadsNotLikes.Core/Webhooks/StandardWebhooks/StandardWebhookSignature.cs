using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace LeadsNotLikes.Webhooks.StandardWebhooks;

/// <summary>
/// The Standard Webhooks signature (platform-facts.md §6): <c>webhook-signature</c> holds a space-separated list of
/// <c>v1,&lt;base64 HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{raw body}")&gt;</c> (the key a <c>whsec_</c>
/// secret, base64-decoded) and/or <c>v1a,&lt;base64 ed25519 signature of the same message&gt;</c> (checked with a
/// <c>whpk_</c> public key, for senders that sign asymmetrically). Any matching entry for any configured key is
/// accepted (key rotation). The timestamp must be within ±5 minutes of now, as the reference libraries require, so a
/// captured delivery cannot be replayed later.
/// </summary>
public static class StandardWebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public const string SecretPrefix = "whsec_";
    public const string PublicKeyPrefix = "whpk_";

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

    /// <summary>The ed25519 public key of a <c>whpk_</c> value, or null when it is not one.</summary>
    public static byte[]? DecodePublicKey(string? value)
    {
        if (value is null || !value.StartsWith(PublicKeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = new byte[Ed25519.PublicKeySize];
        return Convert.TryFromBase64String(value[PublicKeyPrefix.Length..], key, out var written) && written == Ed25519.PublicKeySize ? key : null;
    }

    /// <summary>A new <c>whsec_</c> secret for <paramref name="key"/> bytes.</summary>
    public static string EncodeSecret(ReadOnlySpan<byte> key) => SecretPrefix + Convert.ToBase64String(key);

    /// <param name="keys">HMAC keys (from <c>whsec_</c> secrets) for <c>v1</c> signatures.</param>
    /// <param name="publicKeys">ed25519 public keys (from <c>whpk_</c> values) for <c>v1a</c> signatures.</param>
    public static Verification Verify(string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body,
        IReadOnlyList<byte[]> keys, DateTimeOffset now, IReadOnlyList<byte[]>? publicKeys = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        publicKeys ??= [];
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
        var anyCheckable = false;
        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            var version = comma > 0 ? entry.AsSpan(0, comma) : default;
            var signature = entry.AsSpan(comma + 1);
            if (version.SequenceEqual("v1") && keys.Count > 0)
            {
                anyCheckable = true;
                foreach (var key in keys)
                {
                    if (Hmac.Base64Equals(signature, HMACSHA256.HashData(key, message)))
                    {
                        return Verification.Valid;
                    }
                }
            }
            else if (version.SequenceEqual("v1a") && publicKeys.Count > 0)
            {
                anyCheckable = true;
                var bytes = new byte[Ed25519.SignatureSize];
                if (Convert.TryFromBase64Chars(signature, bytes, out var written) && written == Ed25519.SignatureSize
                    && publicKeys.Any(key => Ed25519.Verify(bytes, 0, key, 0, message, 0, message.Length)))
                {
                    return Verification.Valid;
                }
            }

            // Other versions, or a version this account has no key for: not ours to check.
        }

        return anyCheckable
            ? Verification.Mismatch($"No signature in {SignatureHeader} matches the body signed with this endpoint's keys.")
            : Verification.Malformed($"The {SignatureHeader} header has no signature this endpoint has a key for (v1 with a whsec_ secret, v1a with a whpk_ public key).");
    }

    /// <summary>The <c>webhook-signature</c> value a sender would send; used by tests and the demo.</summary>
    public static string Sign(string id, long timestamp, ReadOnlySpan<byte> body, byte[] key) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, SignedMessage(id, timestamp.ToString(CultureInfo.InvariantCulture), body)));

    /// <summary>A <c>v1a</c> entry signed with an ed25519 private key (32-byte seed); used by tests.</summary>
    public static string SignV1a(string id, long timestamp, ReadOnlySpan<byte> body, byte[] privateKey)
    {
        var message = SignedMessage(id, timestamp.ToString(CultureInfo.InvariantCulture), body);
        var signature = new byte[Ed25519.SignatureSize];
        Ed25519.Sign(privateKey, 0, message, 0, message.Length, signature, 0);
        return "v1a," + Convert.ToBase64String(signature);
    }

    private static byte[] SignedMessage(string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return message;
    }
}
