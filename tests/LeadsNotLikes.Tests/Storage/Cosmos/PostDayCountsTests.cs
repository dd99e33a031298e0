using LeadsNotLikes.Digest;
using LeadsNotLikes.Storage.Cosmos;

namespace LeadsNotLikes.Tests.Storage.Cosmos;

public sealed class PostDayCountsTests
{
    [Fact]
    public void Summarize_SumsShardsPerPost_AndCountsEachPostOncePerDayAndType()
    {
        var counts = new PostDayCounts();
        counts.Add("2026-11-21", "facebook", "P1", 10, 2, 0, 0);
        counts.Add("2026-11-21", "facebook", "P1", 5, 1, 1, 0);
        counts.Add("2026-11-22", "facebook", "P1", 3, 0, 0, 1);
        counts.Add("2026-11-21", "instagram", "P1", 7, 0, 0, 0);

        var summary = counts.Summarize((platform, _) => platform == "facebook" ? ContentType.Offer : ContentType.Proof);

        Assert.Equal(
            [new PostActivity("facebook", "P1", 18, 3, 1, 1), new PostActivity("instagram", "P1", 7, 0)],
            summary.Posts);
        var first = summary.Days["2026-11-21"];
        Assert.Equal(new PlatformTotals("facebook", 15, 3, 1, 0, 0), first.Platforms["facebook"]);
        Assert.Equal(new ContentTypeTotals(ContentType.Offer, 1, 15, 0), first.ContentTypes[ContentType.Offer]);
        Assert.Equal(new ContentTypeTotals(ContentType.Proof, 1, 7, 0), first.ContentTypes[ContentType.Proof]);
        Assert.Equal(new ContentTypeTotals(ContentType.Offer, 1, 3, 0), summary.Days["2026-11-22"].ContentTypes[ContentType.Offer]);
    }
}
