using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>
/// Meta's <c>signed_request</c> (data deletion and deauthorize callbacks, platform-facts.md §1.9):
/// <c>base64url(HMAC-SHA256(app secret, encoded payload)).base64url(JSON payload)</c>, the HMAC over the payload
/// segment exactly as received, with <c>algorithm</c> HMAC-SHA256.
/// </summary>
public static class MetaSignedRequest
{
    /// <summary>The verified payload's <c>user_id</c> (app-scoped), or why the request is refused.</summary>
    public static (string? UserId, Verification Verification) Read(string? signedRequest, ReadOnlySpan<byte> appSecret)
    {
        if (string.IsNullOrEmpty(signedRequest))
        {
            return (null, Verification.Missing("The form field signed_request is required."));
        }

        var dot = signedRequest.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == signedRequest.Length - 1 || signedRequest.Length > 8192)
        {
            return (null, Verification.Malformed("signed_request is not <signature>.<payload>."));
        }

        byte[] signature, payload;
        try
        {
            signature = Base64Url.DecodeFromChars(signedRequest.AsSpan(0, dot));
            payload = Base64Url.DecodeFromChars(signedRequest.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return (null, Verification.Malformed("signed_request is not base64url."));
        }

        var expected = HMACSHA256.HashData(appSecret, Encoding.ASCII.GetBytes(signedRequest[(dot + 1)..]));
        if (!CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return (null, Verification.Mismatch("signed_request is not signed with the app secret."));
        }

        using var document = JsonFields.TryParse(payload);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, Verification.Malformed("The signed payload is not a JSON object."));
        }

        if (!string.Equals(JsonFields.Str(document.RootElement, "algorithm"), "HMAC-SHA256", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Verification.Malformed("The signed payload's algorithm is not HMAC-SHA256."));
        }

        var userId = JsonFields.Id(document.RootElement, "user_id");
        return userId is null ? (null, Verification.Malformed("The signed payload has no user_id.")) : (userId, Verification.Valid);
    }

    /// <summary>A signed_request as Meta would send it; for tests and the demo.</summary>
    public static string Sign(string payloadJson, ReadOnlySpan<byte> appSecret)
    {
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadJson));
        return Base64Url.EncodeToString(HMACSHA256.HashData(appSecret, Encoding.ASCII.GetBytes(payload))) + "." + payload;
    }
}
