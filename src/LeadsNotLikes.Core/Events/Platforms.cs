namespace LeadsNotLikes.Events;

/// <summary>Platform names as stored in events, leads and team accounts.</summary>
public static class Platforms
{
    public const string Facebook = "facebook";
    public const string Instagram = "instagram";
    public const string LinkedIn = "linkedin";
    public const string Google = "google";
    public const string Trustpilot = "trustpilot";
    public const string X = "x";

    /// <summary>The generic Standard Webhooks endpoint: a team's own systems and platforms without their own endpoint.</summary>
    public const string Webhook = "webhook";

    /// <summary>Every platform a team account can be on.</summary>
    public static IReadOnlyList<string> All { get; } = [Facebook, Instagram, LinkedIn, Google, Trustpilot, X, Webhook];
}
