using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Digest;

/// <summary>Settings section <c>Digest</c>: the secret that signs mark-handled links, and where those links point.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>HMAC-SHA256 key of the mark-handled / not-a-lead links (a secret: Key Vault in Azure). At least 32 characters.</summary>
    [Required]
    [MinLength(32)]
    public string LinkSecret { get; set; } = "";

    /// <summary>
    /// The function app's public base URL for links in emails, e.g. <c>https://myapp.azurewebsites.net/</c>. Unset:
    /// <c>https://{WEBSITE_HOSTNAME}/</c>, which App Service sets on every Azure function app.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a mark-handled link works after the digest is sent.</summary>
    [Range(1, 90)]
    public int LinkLifetimeDays { get; set; } = 14;

    /// <summary>How far back the "still unanswered" section looks.</summary>
    [Range(1, 90)]
    public int UnansweredDays { get; set; } = 14;
}
