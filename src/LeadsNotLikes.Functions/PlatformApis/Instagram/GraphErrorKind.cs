namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>What a Graph API error code means for the caller.</summary>
public enum GraphErrorKind
{
    /// <summary>Any other error (e.g. code 100, an invalid parameter): retrying the same call cannot help.</summary>
    Permanent,

    /// <summary>Codes 1 and 2 (unknown or temporary service error): retry later.</summary>
    Transient,

    /// <summary>Code 4: the app's rate limit. Stop every call for this run.</summary>
    AppRateLimited,

    /// <summary>Codes 17, 32, 341, 613 and the Business Use Case codes 80000–80099: stop calls for this account.</summary>
    AccountRateLimited,

    /// <summary>Code 190 (invalid or expired token), 102, 10 and 200–299 (permissions): the token must be fixed.</summary>
    NotAuthorized,
}
