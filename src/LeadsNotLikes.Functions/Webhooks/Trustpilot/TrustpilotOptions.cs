using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.Trustpilot;

/// <summary>Settings section <c>Trustpilot</c>; without an endpoint key the Trustpilot webhook answers 404.</summary>
public sealed class TrustpilotOptions
{
    public const string SectionName = "Trustpilot";

    /// <summary>
    /// The app key each business unit's URL token is derived from (HMAC of the business unit id); rotating it changes
    /// every URL. A secret: Key Vault in Azure. The management API tells a team its URL.
    /// </summary>
    [MinLength(32)]
    public string? EndpointKey { get; set; }
}
