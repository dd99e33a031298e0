namespace LeadsNotLikes.Tests.Webhooks;

/// <summary>How a test delivery authenticates.</summary>
public enum WebhookAuth
{
    Valid,
    Missing,

    /// <summary>A value in the right format that no secret produced.</summary>
    Forged,

    /// <summary>Correctly made, with another secret.</summary>
    WrongSecret,

    /// <summary>Correctly signed, with a timestamp older than the tolerance.</summary>
    Stale,

    /// <summary>Correctly signed, with a timestamp further ahead than the tolerance.</summary>
    Future,
}
