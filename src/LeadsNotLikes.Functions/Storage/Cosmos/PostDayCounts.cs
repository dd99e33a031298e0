using System.Runtime.InteropServices;
using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Counter shards as read for a digest, summed per post and day while the rows stream in: one entry per post and day,
/// however many shards and likes. <see cref="Summarize"/> types the posts and adds up the days afterwards, so the
/// counters can be read while the post texts (which give the types) are still being read.
/// </summary>
public sealed class PostDayCounts
{
    private readonly Dictionary<(string Day, string Platform, string PostId), Counts> _counts = [];

    /// <summary>Adds one shard's numbers (likes net of removals, comments without reviews and mentions).</summary>
    internal void Add(string day, string platform, string postId, int likes, int comments, int reviews, int mentions)
    {
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, (day, platform, postId), out _);
        counts.Likes += likes;
        counts.Comments += comments;
        counts.Reviews += reviews;
        counts.Mentions += mentions;
    }

    /// <summary>Each post's sums over the days read, and each day's totals per platform and per content type.</summary>
    public CounterSummary Summarize(Func<string, string, ContentType> typeOf)
    {
        ArgumentNullException.ThrowIfNull(typeOf);
        var posts = new Dictionary<(string Platform, string PostId), PostActivity>();
        var days = new Dictionary<string, DayTotals>(StringComparer.Ordinal);
        foreach (var ((day, platform, postId), c) in _counts)
        {
            posts[(platform, postId)] = posts.TryGetValue((platform, postId), out var seen)
                ? seen with { Likes = seen.Likes + c.Likes, Comments = seen.Comments + c.Comments, Reviews = seen.Reviews + c.Reviews, Mentions = seen.Mentions + c.Mentions }
                : new PostActivity(platform, postId, c.Likes, c.Comments, c.Reviews, c.Mentions);
            if (!days.TryGetValue(day, out var totals))
            {
                days[day] = totals = new DayTotals();
            }

            totals.Add(new PlatformTotals(platform, c.Likes, c.Comments, c.Reviews, c.Mentions, 0));
            totals.AddType(typeOf(platform, postId), 1, c.Likes, 0);
        }

        return new CounterSummary(posts.Values.ToList(), days);
    }

    private struct Counts
    {
        public int Likes;
        public int Comments;
        public int Reviews;
        public int Mentions;
    }
}
