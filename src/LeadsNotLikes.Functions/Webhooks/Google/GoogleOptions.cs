using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.Google;

/// <summary>
/// Settings section <c>Google</c>: who may push Business Profile notifications (the Pub/Sub push subscription's
/// audience and service account), where Google's signing keys are, and the OAuth client that reads reviews from the
/// Business Profile API. Without an audience and service account the Google webhook answers 404.
/// </summary>
public sealed class GoogleOptions
{
    public const string SectionName = "Google";

    /// <summary>The audience set on the push subscription (Google's default is the push endpoint URL); compared exactly.</summary>
    public string? Audience { get; set; }

    /// <summary>The service account the push subscription authenticates as (the token's <c>email</c>).</summary>
    [EmailAddress]
    public string? ServiceAccountEmail { get; set; }

    /// <summary>OpenID discovery document whose <c>jwks_uri</c> has Google's signing keys (cached, refreshed on an unknown key).</summary>
    [Url]
    public string OpenIdConfigurationUrl { get; set; } = "https://accounts.google.com/.well-known/openid-configuration";

    /// <summary>The Business Profile API (reviews are read from <c>v4/{reviewName}</c>).</summary>
    [Url]
    public string ApiBaseUrl { get; set; } = "https://mybusiness.googleapis.com/";

    /// <summary>Google's OAuth token endpoint, for the refresh-token exchange.</summary>
    [Url]
    public string TokenUrl { get; set; } = "https://oauth2.googleapis.com/token";

    /// <summary>OAuth client id of the Google Cloud project with the Business Profile API enabled.</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth client secret. A secret: Key Vault in Azure.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Refresh token of a manager of the locations, granted scope <c>business.manage</c>. A secret: Key Vault in Azure.</summary>
    public string? RefreshToken { get; set; }

    public bool IsConfigured() => !string.IsNullOrEmpty(Audience) && !string.IsNullOrEmpty(ServiceAccountEmail);
}
