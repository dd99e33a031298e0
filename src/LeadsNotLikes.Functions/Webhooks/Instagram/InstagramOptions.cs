using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.Instagram;

/// <summary>
/// Settings section <c>Instagram</c>. Apps on "Instagram API with Facebook Login" sign with the Meta app secret
/// (<c>Meta__AppSecret</c>); apps on "Instagram API with Instagram Login" sign with the Instagram app secret set here
/// (⚠ platform-facts.md §1.2). Both are accepted.
/// </summary>
public sealed class InstagramOptions
{
    public const string SectionName = "Instagram";

    /// <summary>The Instagram app secret (Instagram Login apps). A secret: Key Vault in Azure.</summary>
    [MinLength(16)]
    public string? AppSecret { get; set; }
}
