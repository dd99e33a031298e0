using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.LinkedIn;

/// <summary>Settings section <c>LinkedIn</c>; without a client secret the LinkedIn webhook answers 404.</summary>
public sealed class LinkedInOptions
{
    public const string SectionName = "LinkedIn";

    /// <summary>The app's Client Secret (developer portal, Auth tab): answers the challenge and keys <c>X-LI-Signature</c>. Key Vault in Azure.</summary>
    [MinLength(8)]
    public string? ClientSecret { get; set; }
}
