namespace LeadsNotLikes.Webhooks;

/// <summary>The outcome of checking a delivery's authenticity (signature, token or JWT), with a reason fit for the sender.</summary>
public sealed record Verification(SignatureCheck Check, string Detail)
{
    public static Verification Valid { get; } = new(SignatureCheck.Valid, "");

    public bool IsValid => Check == SignatureCheck.Valid;

    /// <summary>401 when the sender did not authenticate at all, 403 when it did and failed.</summary>
    public int StatusCode => Check switch
    {
        SignatureCheck.Valid => 200,
        SignatureCheck.Missing => 401,
        SignatureCheck.Unavailable => 503,
        _ => 403,
    };

    public static Verification Missing(string detail) => new(SignatureCheck.Missing, detail);

    public static Verification Malformed(string detail) => new(SignatureCheck.Malformed, detail);

    public static Verification Mismatch(string detail) => new(SignatureCheck.Mismatch, detail);

    public static Verification Stale(string detail) => new(SignatureCheck.Stale, detail);

    public static Verification Unavailable(string detail) => new(SignatureCheck.Unavailable, detail);

    /// <summary>Maps a plain signature check to a verification, naming the header in the detail.</summary>
    public static Verification From(SignatureCheck check, string header) => check switch
    {
        SignatureCheck.Valid => Valid,
        SignatureCheck.Missing => Missing($"The {header} header is required."),
        SignatureCheck.Malformed => Malformed($"The {header} header is not in the expected format."),
        SignatureCheck.Stale => Stale($"The {header} timestamp is outside the accepted window."),
        _ => Mismatch($"The {header} header does not match the body signed with the configured secret."),
    };
}
