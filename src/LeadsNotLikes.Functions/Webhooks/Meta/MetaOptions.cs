using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>Settings section <c>Meta</c>: the Meta app's secret (signs deliveries) and the handshake's verify token.</summary>
public sealed class MetaOptions
{
    public const string SectionName = "Meta";

    /// <summary>App Secret from the Meta App Dashboard; key of <c>X-Hub-Signature-256</c>. A secret: Key Vault in Azure.</summary>
    [Required]
    [MinLength(16)]
    public string AppSecret { get; set; } = "";

    /// <summary>The Verify Token typed into the App Dashboard's webhook settings.</summary>
    [Required]
    [MinLength(8)]
    public string VerifyToken { get; set; } = "";
}
