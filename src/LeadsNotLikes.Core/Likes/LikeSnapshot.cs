namespace LeadsNotLikes.Likes;

/// <summary>
/// What a like-count poll last saw of one post: the team-local <see cref="Day"/> of the latest poll, the
/// <see cref="Count"/> it read, and the <see cref="DayBaseline"/>, the count the day's likes are measured from (the
/// last count seen on an earlier day). The day's likes are <c>Count - DayBaseline</c>, so re-reading the same count
/// on the same day changes nothing, and a week's likes add up to the increase over the week.
/// </summary>
public sealed record LikeSnapshot(DateOnly Day, int Count, int DayBaseline)
{
    /// <summary>A post published this recently when first seen counts its whole like count on that day.</summary>
    public static readonly TimeSpan NewPostAge = TimeSpan.FromHours(24);

    /// <summary>The day's net likes: positive when likes were added, negative when likes were removed.</summary>
    public int DayLikes => Count - DayBaseline;

    /// <summary>
    /// The snapshot after reading <paramref name="count"/> on <paramref name="day"/>, or null when it changes nothing
    /// (the same count again that day, or a day before the one already recorded, e.g. after a time zone change).
    /// A post seen for the first time starts from zero if it was published within <see cref="NewPostAge"/> of
    /// <paramref name="now"/> (its likes are recent), else from its count then (likes from before it was watched
    /// belong to no day we can name, so a newly configured account does not report weeks of old likes as today's).
    /// </summary>
    public static LikeSnapshot? Observe(LikeSnapshot? previous, DateOnly day, int count, DateTimeOffset publishedAt, DateTimeOffset now)
    {
        if (previous is null)
        {
            return new LikeSnapshot(day, count, now - publishedAt <= NewPostAge ? 0 : count);
        }

        if (day < previous.Day || (day == previous.Day && count == previous.Count))
        {
            return null;
        }

        return day == previous.Day ? previous with { Count = count } : new LikeSnapshot(day, count, previous.Count);
    }
}
