namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// The account's media within the window, as far as they were read. <see cref="Complete"/> is false when paging
/// stopped early because <see cref="Usage"/> (of the last response) reached the usage limit.
/// </summary>
public sealed record MediaRead(IReadOnlyList<InstagramMedia> Media, int Pages, bool Complete, GraphUsage Usage);
