using System.Buffers.Text;

namespace LeadsNotLikes.Webhooks;

/// <summary>
/// Per-account secrets for endpoints whose platform gives no app-wide secret (Trustpilot) or whose sender is a team's
/// own system (Standard Webhooks): each is HMAC-SHA256 of the account id under one app key, so every account has its
/// own secret, nothing per account is stored, and rotating the app key rotates them all.
/// </summary>
public static class EndpointSecrets
{
    /// <summary>The Standard Webhooks HMAC key (32 bytes) of an account; give the sender its <c>whsec_</c> form.</summary>
    public static byte[] StandardWebhookKey(string appKey, string accountId) => Hmac.Sha256(appKey, "standard-webhooks|" + accountId);

    /// <summary>The <c>whsec_</c> secret a team configures in its sender for <paramref name="accountId"/>.</summary>
    public static string StandardWebhookSecret(string appKey, string accountId) =>
        StandardWebhooks.StandardWebhookSignature.EncodeSecret(StandardWebhookKey(appKey, accountId));

    /// <summary>The URL-safe token in a Trustpilot account's webhook URL (or its Basic-auth password).</summary>
    public static string TrustpilotToken(string appKey, string accountId) =>
        Base64Url.EncodeToString(Hmac.Sha256(appKey, "trustpilot|" + accountId));
}
