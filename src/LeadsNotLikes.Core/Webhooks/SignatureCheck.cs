namespace LeadsNotLikes.Webhooks;

/// <summary>Outcome of checking a webhook's signature header against the raw body.</summary>
public enum SignatureCheck
{
    Valid,

    /// <summary>No signature header: the sender did not authenticate (401).</summary>
    Missing,

    /// <summary>A header that is not in the expected format (403).</summary>
    Malformed,

    /// <summary>A well-formed signature that does not match the body (403).</summary>
    Mismatch,

    /// <summary>A signed timestamp outside the tolerance window: a replay or a badly wrong clock (403).</summary>
    Stale,

    /// <summary>The keys to check it with could not be fetched now (503: the sender retries).</summary>
    Unavailable,
}
