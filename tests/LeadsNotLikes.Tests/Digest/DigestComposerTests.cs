using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Digest;

public sealed class DigestComposerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static LeadSummary Lead(string postId, string text, int score = 80, IReadOnlyList<Evidence>? evidence = null, string platform = Platforms.Facebook,
        EngagementKind kind = EngagementKind.Comment, DateTimeOffset? at = null, string? id = null) => new()
    {
        Id = id ?? "lead-" + text.GetHashCode(StringComparison.Ordinal),
        Platform = platform,
        PostId = postId,
        Kind = kind,
        Intent = LeadIntent.Price,
        Score = score,
        Text = text,
        Evidence = evidence ?? [],
        AuthorName = "Ana",
        OccurredAt = at ?? At,
        ReplyBy = ReplyWindows.Closes(platform, kind, at ?? At),
        Link = Links.ToItem(platform, postId, postId + "_1"),
    };

    private static DigestReport Report(IReadOnlyList<PostActivity> posts, IReadOnlyList<LeadSummary> leads, IReadOnlyList<PostInfo>? infos = null,
        IReadOnlyList<PlatformTotals>? previous = null) => new()
    {
        TeamId = "acme",
        TeamName = "Acme",
        Period = DigestPeriod.Day(new DateOnly(2026, 11, 21)),
        TimeZone = "Europe/London",
        GeneratedAt = Now,
        Posts = posts,
        Leads = leads,
        PostInfos = infos ?? [],
        Previous = previous ?? [],
    };

    [Fact]
    public void Compose_SubjectAndTextCarryTheNumbers()
    {
        var report = Report(
            [new PostActivity("facebook", "P1", 120, 5), new PostActivity("facebook", "P2", 3, 2, Reviews: 0, Mentions: 0)],
            [Lead("P2", "How much?"), Lead("P2", "Price for 4?")],
            previous: [new PlatformTotals("facebook", 100, 7, 0, 0, 1)]);

        var digest = DigestComposer.Compose(report);

        Assert.Equal("Acme: 2 leads vs 123 likes, Sat 21 Nov 2026", digest.Subject);
        Assert.Contains("Total: likes 123 (+23%), comments 7 (±0), reviews 0 (±0), mentions 0 (±0), leads 2 (+100%), leads per 1,000 likes 16.3", digest.PlainText, StringComparison.Ordinal);
        Assert.Contains("Your most-liked post (120 likes) brought 0 leads; 2 leads came from posts with fewer likes.", digest.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HeadlineHasOneRowPerPlatformThenTheTotal()
    {
        var model = DigestBuilder.Build(Report(
            [new PostActivity("facebook", "P1", 10, 4, Reviews: 0, Mentions: 1), new PostActivity("instagram", "I1", 30, 2)],
            [Lead("I1", "price?", platform: Platforms.Instagram)],
            previous: [new PlatformTotals("google", 0, 0, 2, 0, 1)]));

        Assert.Equal(["facebook", "google", "instagram", "total"], model.Headline.Select(h => h.Platform));
        Assert.Equal(new PlatformTotals("facebook", 10, 4, 0, 1, 0), model.Headline[0].Current);
        Assert.Equal(new PlatformTotals("total", 40, 6, 0, 1, 1), model.Total);
        Assert.Equal(2, model.Headline[^1].Previous.Reviews);
        Assert.Equal(25.0, model.Total.LeadsPer1000Likes);
    }

    [Fact]
    public void Build_PostsAreNamedByTheirText_OrAShortIdWhenNoneIsKnown()
    {
        var model = DigestBuilder.Build(Report(
            [new PostActivity("facebook", "104857600000001_2002", 50, 0), new PostActivity("facebook", "104857600000001_3003", 40, 0)],
            [],
            [new PostInfo("facebook", "104857600000001_2002", "Spring menu is here: asparagus, wild garlic and our new rhubarb tart, all week long", ContentType.Offer, "offer")]));

        Assert.Equal("Spring menu is here: asparagus, wild garlic and our new…", model.MostLiked[0].Name);
        Assert.True(model.MostLiked[0].Named);
        Assert.Equal("facebook post …001_3003", model.MostLiked[1].Name);
        Assert.False(model.MostLiked[1].Named);
        Assert.Equal("https://www.facebook.com/104857600000001_2002", model.MostLiked[0].Link);
    }

    [Fact]
    public void Build_InstagramPostsAreLinkedByTheirPermalink_AndTheirLeadsOpenThePost()
    {
        const string permalink = "https://www.instagram.com/p/DAbCdEf123/";
        var model = DigestBuilder.Build(Report(
            [new PostActivity("instagram", "17900000000000001", 40, 2), new PostActivity("instagram", "17900000000000002", 30, 1), new PostActivity("facebook", "104857600000001_2002", 10, 1)],
            [Lead("17900000000000001", "How much is the large box?", platform: Platforms.Instagram), Lead("17900000000000002", "Price please?", platform: Platforms.Instagram),
             Lead("104857600000001_2002", "Do you deliver?")],
            [new PostInfo("instagram", "17900000000000001", "Gift boxes are back", ContentType.Offer, "offer", permalink)]));

        // Polled posts carry their permalink; a post only seen through webhook comments has none until a poll stores it.
        Assert.Equal(permalink, model.MostLiked.Single(r => r.PostId == "17900000000000001").Link);
        Assert.Equal(permalink, model.LeadPosts.Single(r => r.PostId == "17900000000000001").Link);
        Assert.Null(model.LeadPosts.Single(r => r.PostId == "17900000000000002").Link);
        Assert.Equal("https://www.facebook.com/104857600000001_2002", model.LeadPosts.Single(r => r.Platform == "facebook").Link);

        // An Instagram comment has no link of its own: its lead opens the post; a Facebook lead keeps its comment link.
        Assert.Equal(permalink, model.Leads.Single(l => l.PostId == "17900000000000001").Link);
        Assert.Null(model.Leads.Single(l => l.PostId == "17900000000000002").Link);
        Assert.Equal("https://www.facebook.com/104857600000001_2002?comment_id=1", model.Leads.Single(l => l.Platform == "facebook").Link);

        var html = DigestHtml.Render(model);
        var text = DigestText.Render(model);
        Assert.Equal(3, html.Split($"<a href=\"{permalink}\"").Length - 1); // most-liked, posts that brought leads, and the lead's Reply
        Assert.Contains($"<a href=\"{permalink}\" style=\"color:#3b6fd8;font-weight:600;text-decoration:underline\">Reply</a>", html, StringComparison.Ordinal);
        Assert.Contains($"  Reply: {permalink}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FlagsTopPostsWithManyLikesAndNoLeads()
    {
        var model = DigestBuilder.Build(Report(
            [new PostActivity("facebook", "Viral", 500, 9), new PostActivity("facebook", "Prices", 25, 3), new PostActivity("facebook", "Small", 21, 0), new PostActivity("facebook", "Tiny", 2, 0)],
            [Lead("Prices", "how much?")]));

        Assert.Equal(["Viral"], model.MostLiked.Where(r => r.ManyLikesNoLeads).Select(r => r.PostId));
        Assert.Equal(["Prices"], model.LeadPosts.Select(r => r.PostId));
        Assert.Contains("<< many likes, no leads", DigestText.Render(model), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LeadsClosingSoonestComeFirst_ThenThoseWithoutAWindow()
    {
        var review = Lead("Place", "Do you cater weddings?", score: 95, platform: Platforms.Google, kind: EngagementKind.Review, id: "review");
        var old = Lead("P", "price for 10?", score: 60, at: At.AddDays(-5), id: "old");
        var fresh = Lead("P", "how much?", score: 90, id: "fresh");

        var model = DigestBuilder.Build(Report([], [review, fresh, old]));

        Assert.Equal(["old", "fresh", "review"], model.Leads.Select(l => l.Id));
        Assert.Equal("1d 4h left to reply privately", DigestBuilder.TimeLeft(model.Leads[0], Now));
        Assert.Null(DigestBuilder.TimeLeft(model.Leads[2], Now));
    }

    [Fact]
    public void Build_ContentTypes_SumThePeriodAndTheFourWeeks()
    {
        var model = DigestBuilder.Build(Report(
            [new PostActivity("facebook", "Q", 5, 4), new PostActivity("facebook", "O", 80, 1)],
            [Lead("Q", "price?")],
            [new PostInfo("facebook", "Q", "Which would you pick?", ContentType.Question, "?"), new PostInfo("facebook", "O", "20% off", ContentType.Offer, "% off")]) with
        {
            FourWeeks = [new ContentTypeTotals(ContentType.Question, 6, 40, 5), new ContentTypeTotals(ContentType.Offer, 3, 900, 1)],
        });

        var question = model.ContentTypes.Single(t => t.Type == ContentType.Question);
        Assert.Equal(new ContentTypeTotals(ContentType.Question, 1, 5, 1), question.Period);
        Assert.Equal(125.0, question.FourWeekLeadsPer1000Likes);
        Assert.Equal(ContentType.Question, model.ContentTypes[0].Type);
    }

    [Fact]
    public void Compose_UserTextIsHtmlEncoded()
    {
        var digest = DigestComposer.Compose(Report([], [Lead("P", "<script>alert('x')</script> how much?")], [new PostInfo("facebook", "P", "<b>bold</b>", ContentType.Other, null)]));

        Assert.DoesNotContain("<script>", digest.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", digest.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Html_HasNoScriptsNoImagesAndFitsSixHundredPixels()
    {
        var digest = DigestComposer.Compose(Report([new PostActivity("facebook", "P", 10, 1)], [Lead("P", "how much?") with { HandledLink = "https://x/h", NotALeadLink = "https://x/n" }]));

        Assert.DoesNotContain("<script", digest.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", digest.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", digest.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-width:600px", digest.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://x/h\"", digest.Html, StringComparison.Ordinal);
        Assert.Contains("Mark handled: https://x/h", digest.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PlainTextMarksTheEvidence()
    {
        var digest = DigestComposer.Compose(Report([], [Lead("P", "Hi! how much for 4?", evidence: [new Evidence(4, 8, 60, "price")])]));

        Assert.Contains("\"Hi! [[how much]] for 4?\"", digest.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_MarksPositiveEvidenceOnly_AndMergesOverlaps()
    {
        const string text = "Free giveaway! how much for 4?";
        Evidence[] evidence = [new(15, 8, 60, "price"), new(19, 4, 10, "price"), new(5, 8, -60, "giveaway")];

        var html = DigestHtml.Highlight(text, evidence);

        Assert.Equal("Free giveaway! <mark style=\"background:#ffe58a;color:#1f2933;padding:0 1px\">how much</mark> for 4?", html);
    }

    [Fact]
    public void Highlight_SpanOutsideText_IsIgnored() =>
        Assert.Equal("a &lt; b", DigestHtml.Highlight("a < b", [new Evidence(3, 50, 10, "x")]));

    [Fact]
    public void Compose_QuietDay_SaysSo()
    {
        var digest = DigestComposer.Compose(Report([], []));

        Assert.Equal("Acme: 0 leads vs 0 likes, Sat 21 Nov 2026", digest.Subject);
        Assert.Contains("A quiet period", digest.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_NoDeliveriesInThePeriod_SaysSoInsteadOfAnEmptyTable()
    {
        var quiet = DigestBuilder.Build(Report([], []) with { Health = new IngestionHealth { PoisonMessages = 0 } });
        var busy = DigestBuilder.Build(Report([], []) with { Health = new IngestionHealth { Platforms = [new HealthRow("facebook", 12, 1, 2, 0)], PoisonMessages = 3 } });

        Assert.Contains(DigestText.NoDeliveries, DigestHtml.Render(quiet), StringComparison.Ordinal);
        Assert.DoesNotContain("data-health", DigestHtml.Render(quiet), StringComparison.Ordinal);
        Assert.Contains(DigestText.NoDeliveries, DigestText.Render(quiet), StringComparison.Ordinal);
        Assert.Contains("data-health", DigestHtml.Render(busy), StringComparison.Ordinal);
        Assert.DoesNotContain(DigestText.NoDeliveries, DigestHtml.Render(busy), StringComparison.Ordinal);
        Assert.Contains("- facebook: 12 / 1 / 2 / 0\nPoison messages: 3\n", DigestText.Render(busy), StringComparison.Ordinal);
    }

    [Fact]
    public void Health_Tokens_ShowDaysLeft_OrThatTheTokenMustBeRenewed()
    {
        var health = new IngestionHealth
        {
            Platforms = [new HealthRow("instagram", 4, 0, 0, 0)],
            Tokens = [new TokenExpiry("instagram", "IG1", Now.AddDays(12).AddHours(1)), new TokenExpiry("instagram", "IG2", new DateTimeOffset(2026, 11, 21, 7, 50, 0, TimeSpan.Zero))],
        };
        var model = DigestBuilder.Build(Report([], []) with { Health = health, GeneratedAt = new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero) });

        var text = DigestText.Render(model);
        Assert.Contains("Token for instagram IG2: expired or refused since 2026-11-21 07:50 UTC; renew it\n", text, StringComparison.Ordinal);
        Assert.Contains("Token for instagram IG2: expired or refused since 2026-11-21 07:50 UTC; renew it", DigestHtml.Render(model), StringComparison.Ordinal);
        Assert.Matches(@"Token for instagram IG1: 1\d days left\n", text);
    }

    [Fact]
    public void Compose_Unanswered_IsListedAndCountedInTheSubject()
    {
        var digest = DigestComposer.Compose(Report([], []) with { Unanswered = [Lead("P", "still there?", at: At.AddDays(-3))] });

        Assert.EndsWith("(1 still unanswered)", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("STILL UNANSWERED (1)", digest.PlainText, StringComparison.Ordinal);
        Assert.Contains("data-section=\"unanswered\"><table role=\"presentation\" data-lead", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_ReadsAsPercentOrNew() =>
        Assert.Equal(["±0", "new", "+50%", "−25%"], new[] { DigestBuilder.Change(3, 3), DigestBuilder.Change(3, 0), DigestBuilder.Change(3, 2), DigestBuilder.Change(3, 4) });
}
