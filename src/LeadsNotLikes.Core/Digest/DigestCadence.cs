namespace LeadsNotLikes.Digest;

/// <summary>How often a team gets its digest: every day for yesterday, or once a week for the past seven days.</summary>
public enum DigestCadence
{
    Daily,
    Weekly,
}
