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
}
