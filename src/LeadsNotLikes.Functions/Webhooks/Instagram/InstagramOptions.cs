using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.Instagram;

/// <summary>
/// Settings section <c>Instagram</c>. Apps on "Instagram API with Facebook Login" sign with the Meta app secret
/// (<c>Meta__AppSecret</c>); apps on "Instagram API with Instagram Login" sign with the Instagram app secret set here
/// (⚠ platform-facts.md §1.2). Both are accepted. The like-count polling (Instagram pushes no likes) reads the Graph
/// API with <see cref="AccessTokens"/>; without any token it is off.
/// </summary>
public sealed class InstagramOptions
{
    public const string SectionName = "Instagram";

    /// <summary>The Instagram app secret (Instagram Login apps). A secret: Key Vault in Azure.</summary>
    [MinLength(16)]
    public string? AppSecret { get; set; }

    /// <summary>
    /// Per Instagram account id (<c>Instagram__AccessTokens__{ig-user-id}</c>): the access token its media and like
    /// counts are read with. Secrets: Key Vault references in Azure. An account without a token is not polled.
    /// </summary>
    public Dictionary<string, string> AccessTokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The Graph API host: <c>https://graph.facebook.com/</c> (Facebook Login tokens) or <c>https://graph.instagram.com/</c> (Instagram Login tokens).</summary>
    [Url]
    public string GraphBaseUrl { get; set; } = "https://graph.facebook.com/";

    /// <summary>The Graph API version in the path.</summary>
    [RegularExpression(@"^v\d+\.\d+$")]
    public string GraphApiVersion { get; set; } = "v25.0";

    /// <summary>How far back media are polled (by publication time); older media keep the likes already recorded.</summary>
    [Range(1, 90)]
    public int LikesWindowDays { get; set; } = 30;

    /// <summary>Share of a Graph rate limit (X-App-Usage, X-Business-Use-Case-Usage) at which polling stops for the run.</summary>
    [Range(1, 100)]
    public int UsageLimitPercent { get; set; } = 90;

    public bool PollsLikes() => AccessTokens.Values.Any(t => !string.IsNullOrWhiteSpace(t));
}
