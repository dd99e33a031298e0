using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// One team-local day's totals per platform and per content type, as the digest's "previous period" and "last 4
/// weeks" need them; also the body of a <see cref="DaySummaryDocument"/>.
/// </summary>
public sealed class DayTotals
{
    public Dictionary<string, PlatformTotals> Platforms { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<ContentType, ContentTypeTotals> ContentTypes { get; init; } = [];

    public void Add(PlatformTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        Platforms[totals.Platform] = Platforms.TryGetValue(totals.Platform, out var seen) ? seen.Add(totals) : totals;
    }

    public void AddType(ContentType type, int posts, int likes, int leads) =>
        ContentTypes[type] = ContentTypes.TryGetValue(type, out var seen)
            ? seen with { Posts = seen.Posts + posts, Likes = seen.Likes + likes, Leads = seen.Leads + leads }
            : new ContentTypeTotals(type, posts, likes, leads);
}
