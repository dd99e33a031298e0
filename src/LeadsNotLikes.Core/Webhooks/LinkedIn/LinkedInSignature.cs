using System.Text;

namespace LeadsNotLikes.Webhooks.LinkedIn;

/// <summary>
/// LinkedIn's handshake and signature (platform-facts.md §2). The handshake answers <c>challengeCode</c> with
/// <c>hex(HMAC-SHA256(clientSecret, challengeCode))</c>. <c>X-LI-Signature</c> is documented as the HMAC of the body
/// "prefixed by hmacsha256="; implementations read that either as the HMAC of <c>"hmacsha256=" + body</c> or as a
/// header carrying an <c>hmacsha256=</c> prefix, so both readings are accepted (⚠ until a real delivery settles it).
/// </summary>
public static class LinkedInSignature
{
    public const string HeaderName = "X-LI-Signature";
    private const string Prefix = "hmacsha256=";

    public static string ChallengeResponse(string challengeCode, string clientSecret) =>
        Convert.ToHexStringLower(Hmac.Sha256(clientSecret, challengeCode));

    public static SignatureCheck Verify(ReadOnlySpan<byte> body, string? header, string clientSecret)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Missing;
        }

        var hex = header.AsSpan().Trim();
        if (hex.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[Prefix.Length..];
        }

        if (hex.Length != 64)
        {
            return SignatureCheck.Malformed;
        }

        var prefixed = new byte[Prefix.Length + body.Length];
        Encoding.ASCII.GetBytes(Prefix, prefixed);
        body.CopyTo(prefixed.AsSpan(Prefix.Length));
        return Hmac.HexEquals(hex, Hmac.Sha256(clientSecret, prefixed)) || Hmac.HexEquals(hex, Hmac.Sha256(clientSecret, body))
            ? SignatureCheck.Valid
            : SignatureCheck.Mismatch;
    }

    /// <summary>The header as most implementations send it: hex of the HMAC of <c>"hmacsha256=" + body</c>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string clientSecret)
    {
        var prefixed = new byte[Prefix.Length + body.Length];
        Encoding.ASCII.GetBytes(Prefix, prefixed);
        body.CopyTo(prefixed.AsSpan(Prefix.Length));
        return Convert.ToHexStringLower(Hmac.Sha256(clientSecret, prefixed));
    }
}
