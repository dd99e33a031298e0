using LeadsNotLikes.Likes;

namespace LeadsNotLikes.Tests.Likes;

public sealed class LikeSnapshotTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Observe_NewPost_CountsItsWholeCountOnTheDay()
    {
        var snapshot = LikeSnapshot.Observe(null, Monday, 40, Now.AddHours(-5), Now);

        Assert.Equal(new LikeSnapshot(Monday, 40, 0), snapshot);
        Assert.Equal(40, snapshot!.DayLikes);
    }

    [Fact]
    public void Observe_OldPostFirstSeen_StartsFromItsCountThen()
    {
        var snapshot = LikeSnapshot.Observe(null, Monday, 900, Now.AddDays(-12), Now);

        Assert.Equal(0, snapshot!.DayLikes);
    }

    [Fact]
    public void Observe_SameCountSameDay_ChangesNothing()
    {
        var seen = new LikeSnapshot(Monday, 40, 10);

        Assert.Null(LikeSnapshot.Observe(seen, Monday, 40, Now.AddDays(-1), Now));
    }

    [Fact]
    public void Observe_LaterTheSameDay_KeepsTheDaysBaseline()
    {
        var snapshot = LikeSnapshot.Observe(new LikeSnapshot(Monday, 40, 10), Monday, 55, Now.AddDays(-1), Now);

        Assert.Equal(new LikeSnapshot(Monday, 55, 10), snapshot);
        Assert.Equal(45, snapshot!.DayLikes);
    }

    [Fact]
    public void Observe_NextDay_StartsFromTheLastCount()
    {
        var tuesday = LikeSnapshot.Observe(new LikeSnapshot(Monday, 55, 10), Monday.AddDays(1), 60, Now.AddDays(-1), Now.AddDays(1));

        Assert.Equal(new LikeSnapshot(Monday.AddDays(1), 60, 55), tuesday);
        Assert.Equal(5, tuesday!.DayLikes);
    }

    [Fact]
    public void Observe_FewerLikes_IsANegativeDay()
    {
        var snapshot = LikeSnapshot.Observe(new LikeSnapshot(Monday, 55, 10), Monday.AddDays(1), 52, Now.AddDays(-1), Now.AddDays(1));

        Assert.Equal(-3, snapshot!.DayLikes);
    }

    [Fact]
    public void Observe_AnEarlierDay_IsIgnored()
    {
        Assert.Null(LikeSnapshot.Observe(new LikeSnapshot(Monday, 55, 10), Monday.AddDays(-1), 70, Now.AddDays(-3), Now));
    }
}
