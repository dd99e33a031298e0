using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.StandardWebhooks;

/// <summary>
/// Settings section <c>StandardWebhooks</c>: where each account's signing secret comes from. An account's secrets
/// are the ones listed for it in <see cref="Secrets"/> (for senders that generate their own <c>whsec_</c> secret),
/// and the one derived from <see cref="EndpointKey"/> (for a team's own systems; the management API tells it).
/// With neither, the endpoint answers 404.
/// </summary>
public sealed class StandardWebhooksOptions
{
    public const string SectionName = "StandardWebhooks";

    /// <summary>The app key every account's derived <c>whsec_</c> secret comes from. A secret: Key Vault in Azure.</summary>
    [MinLength(32)]
    public string? EndpointKey { get; set; }

    /// <summary>
    /// Per account id (<c>StandardWebhooks__Secrets__{account}</c>): the sender's <c>whsec_</c> secrets and/or
    /// <c>whpk_</c> ed25519 public keys (for <c>v1a</c> signatures), space-separated while a key is rotated.
    /// </summary>
    public Dictionary<string, string> Secrets { get; set; } = new(StringComparer.Ordinal);
}
