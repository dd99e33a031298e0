using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.IntegrationTests.Digest;

/// <summary>A full, realistic digest for the rendering test and the example screenshots: every section filled, with long text.</summary>
public static class SampleDigest
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 7, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static LeadSummary Lead(string id, string platform, EngagementKind kind, string author, string text, string cue, int score, LeadIntent intent, DateTimeOffset at, int? rating = null) => new()
    {
        Id = id,
        Platform = platform,
        PostId = platform == Platforms.Facebook ? "104857600000001_2002" : platform == Platforms.Google ? "locations/42" : "IG_17",
        Kind = kind,
        Intent = intent,
        Score = score,
        Text = text,
        Evidence = text.Contains(cue, StringComparison.Ordinal) ? [new Evidence(text.IndexOf(cue, StringComparison.Ordinal), cue.Length, 60, "cue")] : [],
        AuthorName = author,
        Rating = rating,
        OccurredAt = at,
        ReplyBy = ReplyWindows.Closes(platform, kind, at),
        Link = Links.ToItem(platform, "104857600000001_2002", "104857600000001_2002_99" + id),
        HandledLink = $"https://app.example/api/leads/acme/{id}/handled?exp=1790000000&sig=abc",
        NotALeadLink = $"https://app.example/api/leads/acme/{id}/not-a-lead?exp=1790000000&sig=def",
    };

    public static DigestReport Report() => new()
    {
        TeamId = "acme",
        TeamName = "Acme Heating & Plumbing",
        Period = DigestPeriod.Day(new DateOnly(2026, 11, 21)),
        TimeZone = "Europe/Berlin",
        GeneratedAt = Now,
        Posts =
        [
            new PostActivity(Platforms.Facebook, "104857600000001_2001", 1240, 31),
            new PostActivity(Platforms.Facebook, "104857600000001_2002", 38, 12),
            new PostActivity(Platforms.Instagram, "IG_17", 412, 9, Mentions: 2),
            new PostActivity(Platforms.Instagram, "IG_18", 96, 3),
            new PostActivity(Platforms.Facebook, "104857600000001_2003", 17, 4),
            new PostActivity(Platforms.Google, "locations/42", 0, 0, Reviews: 3),
        ],
        PostInfos =
        [
            new PostInfo(Platforms.Facebook, "104857600000001_2001", "Our team at the Christmas market – 10 years ago today we opened our first shop. Thank you all!", ContentType.Personal, "years ago"),
            new PostInfo(Platforms.Facebook, "104857600000001_2002", "Winter offer: 20% off boiler servicing until Friday. Book now!", ContentType.Offer, "% off"),
            new PostInfo(Platforms.Instagram, "IG_17", "Before and after: a 1970s bathroom in Pankow, done in 4 days", ContentType.Proof, "before and after"),
            new PostInfo(Platforms.Instagram, "IG_18", "Which radiator would you pick for a small flat? Vote in the comments", ContentType.Question, "vote"),
        ],
        Previous = [new PlatformTotals(Platforms.Facebook, 980, 40, 0, 0, 2), new PlatformTotals(Platforms.Instagram, 530, 10, 0, 1, 1), new PlatformTotals(Platforms.Google, 0, 0, 1, 0, 0)],
        Leads =
        [
            Lead("l1", Platforms.Facebook, EngagementKind.Comment, "Jana Schmidt", "How much would the service be for a Vaillant ecoTEC from 2015? We're in Friedrichshain.", "How much", 91, LeadIntent.Price, Day.AddHours(2)),
            Lead("l2", Platforms.Instagram, EngagementKind.Comment, "mehmet.k", "Do you have time before Christmas? Our bathroom looks exactly like the before picture 😅", "Do you have time", 84, LeadIntent.Availability, Day.AddHours(-6)),
            Lead("l3", Platforms.Google, EngagementKind.Review, "Lukas B.", "Great job on our heating, but nobody called back about the second quote for the bathroom, could someone contact me?", "contact me", 77, LeadIntent.Contact, Day, rating: 4),
            Lead("l4", Platforms.Facebook, EngagementKind.Reply, "Ana Pereira", "Can I book the 20% offer for January too? https://www.example.com/a/very/long/link/that/should/wrap/and/never/widen/the/email/beyond/six/hundred/pixels", "book", 73, LeadIntent.Booking, Day.AddHours(5)),
        ],
        Unanswered =
        [
            Lead("u1", Platforms.Facebook, EngagementKind.Comment, "Peter W.", "What do you charge for a new thermostat incl. installation?", "What do you charge", 80, LeadIntent.Price, Day.AddDays(-5)),
            Lead("u2", Platforms.Instagram, EngagementKind.Mention, "studio.nord", "@acme are you taking new commercial clients in 2027?", "taking new", 68, LeadIntent.Availability, Day.AddDays(-2)),
        ],
        FourWeeks =
        [
            new ContentTypeTotals(ContentType.Personal, 6, 5210, 1),
            new ContentTypeTotals(ContentType.Offer, 4, 310, 9),
            new ContentTypeTotals(ContentType.Proof, 5, 1630, 6),
            new ContentTypeTotals(ContentType.Question, 3, 280, 5),
            new ContentTypeTotals(ContentType.Expertise, 4, 420, 3),
        ],
        Health = new IngestionHealth
        {
            Platforms = [new HealthRow(Platforms.Facebook, 1402, 0, 12, 0), new HealthRow(Platforms.Instagram, 530, 2, 3, 1)],
            PoisonMessages = 0,
            Tokens = [new TokenExpiry(Platforms.Instagram, "17841400000000", Now.AddDays(12))],
        },
    };
}
