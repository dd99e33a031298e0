using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Digest;

public sealed class DigestComposerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static LeadSummary Lead(string postId, string text, int score = 80, IReadOnlyList<Evidence>? evidence = null) => new()
    {
        Platform = Platforms.Facebook,
        PostId = postId,
        Kind = EngagementKind.Comment,
        Intent = LeadIntent.Price,
        Score = score,
        Text = text,
        Evidence = evidence ?? [],
        OccurredAt = At,
        Link = Links.ToPost(Platforms.Facebook, postId),
    };

    private static DigestReport Report(IReadOnlyList<PostActivity> posts, IReadOnlyList<LeadSummary> leads) => new()
    {
        TeamName = "Acme",
        Day = new DateOnly(2026, 11, 21),
        TimeZone = "Europe/London",
        Posts = posts,
        Leads = leads,
    };

    [Fact]
    public void Compose_SubjectAndTextCarryTheNumbers()
    {
        var report = Report(
            [new PostActivity("facebook", "P1", 120, 5), new PostActivity("facebook", "P2", 3, 2)],
            [Lead("P2", "How much?"), Lead("P2", "Price for 4?")]);

        var digest = DigestComposer.Compose(report);

        Assert.Equal("Acme: 2 leads vs 123 likes on Sat 21 Nov 2026", digest.Subject);
        Assert.Contains("Leads: 2   Likes: 123   Comments: 7", digest.PlainText, StringComparison.Ordinal);
        Assert.Contains("facebook P2: 3 / 2 / 2", digest.PlainText, StringComparison.Ordinal);
        Assert.Contains("Your most-liked post (120 likes) brought 0 leads; 2 leads came from posts with fewer likes.", digest.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PostsAreRankedByLeadsThenLikes()
    {
        var ranked = DigestComposer.RankPosts(Report(
            [new PostActivity("facebook", "Popular", 500, 9), new PostActivity("facebook", "Quiet", 1, 1), new PostActivity("facebook", "Middle", 20, 0)],
            [Lead("Quiet", "book?")]));

        Assert.Equal(["Quiet", "Popular", "Middle"], ranked.Select(r => r.Post.PostId));
    }

    [Fact]
    public void Compose_LeadOnPostWithoutCounters_StillListsThePost()
    {
        var ranked = DigestComposer.RankPosts(Report([], [Lead("Review1", "refund please")]));

        Assert.Equal(("Review1", 1), (ranked.Single().Post.PostId, ranked.Single().Leads));
    }

    [Fact]
    public void Compose_UserTextIsHtmlEncoded()
    {
        var digest = DigestComposer.Compose(Report([], [Lead("P", "<script>alert('x')</script> how much?")]));

        Assert.DoesNotContain("<script>", digest.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_MarksPositiveEvidenceOnly_AndMergesOverlaps()
    {
        const string text = "Free giveaway! how much for 4?";
        Evidence[] evidence = [new(15, 8, 60, "price"), new(19, 4, 10, "price"), new(5, 8, -60, "giveaway")];

        var html = DigestComposer.Highlight(text, evidence);

        Assert.Equal("Free giveaway! <mark style=\"background:#fff1a8\">how much</mark> for 4?", html);
    }

    [Fact]
    public void Highlight_SpanOutsideText_IsIgnored() =>
        Assert.Equal("a &lt; b", DigestComposer.Highlight("a < b", [new Evidence(3, 50, 10, "x")]));

    [Fact]
    public void Compose_QuietDay_SaysSo()
    {
        var digest = DigestComposer.Compose(Report([], []));

        Assert.Equal("Acme: 0 leads vs 0 likes on Sat 21 Nov 2026", digest.Subject);
        Assert.Contains("A quiet day", digest.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ManyLeads_ListsAtMostTheCap()
    {
        var leads = Enumerable.Range(0, DigestComposer.MaxLeadsListed + 5).Select(i => Lead("P", $"lead {i}")).ToList();

        var digest = DigestComposer.Compose(Report([], leads));

        Assert.Contains("... and 5 more.", digest.PlainText, StringComparison.Ordinal);
    }
}
