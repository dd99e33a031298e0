using System.Text;

namespace LeadsNotLikes.Webhooks.Trustpilot;

/// <summary>
/// Trustpilot documents no signature (platform-facts.md §4), so each business unit's webhook URL carries its own
/// secret: the token in the path (<c>/webhooks/trustpilot/{businessUnitId}/{token}</c>), or, for a URL without one,
/// the password of HTTP Basic credentials. The token is derived per account (<see cref="EndpointSecrets"/>).
/// </summary>
public static class TrustpilotAuth
{
    public const string HeaderName = "Authorization";

    public static Verification Verify(string accountId, string? pathToken, string? authorization, string appKey)
    {
        var presented = string.IsNullOrEmpty(pathToken) ? BasicPassword(authorization) : pathToken;
        if (string.IsNullOrEmpty(presented))
        {
            return Verification.Missing("Put this account's token in the URL (/webhooks/trustpilot/{businessUnitId}/{token}) or send it as the Basic-auth password.");
        }

        return Hmac.TextEquals(presented, EndpointSecrets.TrustpilotToken(appKey, accountId))
            ? Verification.Valid
            : Verification.Mismatch("The token is not this account's token.");
    }

    /// <summary>The password of <c>Basic base64(user:password)</c>, or null.</summary>
    public static string? BasicPassword(string? authorization)
    {
        const string Scheme = "Basic ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[Scheme.Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
