using System.Text;

namespace LeadsNotLikes.Webhooks.X;

/// <summary>
/// X's CRC and signature (platform-facts.md §5): the CRC answers <c>crc_token</c> with
/// <c>sha256=&lt;base64 HMAC-SHA256(consumer secret, crc_token)&gt;</c>; deliveries carry
/// <c>x-twitter-webhooks-signature: sha256=&lt;base64 HMAC-SHA256(consumer secret, raw body)&gt;</c>.
/// </summary>
public static class XSignature
{
    public const string HeaderName = "x-twitter-webhooks-signature";
    private const string Prefix = "sha256=";

    public static string CrcResponse(string crcToken, string consumerSecret) =>
        Prefix + Convert.ToBase64String(Hmac.Sha256(consumerSecret, crcToken));

    public static SignatureCheck Verify(ReadOnlySpan<byte> body, string? header, string consumerSecret)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Missing;
        }

        var value = header.AsSpan().Trim();
        if (!value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || value.Length != Prefix.Length + 44)
        {
            return SignatureCheck.Malformed;
        }

        return Hmac.Base64Equals(value[Prefix.Length..], Hmac.Sha256(consumerSecret, body)) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    public static string Sign(ReadOnlySpan<byte> body, string consumerSecret) =>
        Prefix + Convert.ToBase64String(Hmac.Sha256(consumerSecret, body));

    public static string Sign(string body, string consumerSecret) => Sign(Encoding.UTF8.GetBytes(body), consumerSecret);
}
