namespace LeadsNotLikes.Digest;

/// <summary>A platform's (or the total's) numbers in the period and in the period before it.</summary>
public sealed record HeadlineRow(string Platform, PlatformTotals Current, PlatformTotals Previous);
