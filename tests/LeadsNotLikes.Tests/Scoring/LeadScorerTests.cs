using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

public sealed class LeadScorerTests
{
    private readonly LeadScorer _scorer = new();

    [Fact]
    public void Score_PriceQuestion_IsPriceLeadWithEvidenceSpan()
    {
        const string text = "Love this! How much for a family of 4?";

        var result = _scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        Assert.True(result.IsLead);
        Assert.Equal(LeadIntent.Price, result.Intent);
        var price = Assert.Single(result.Evidence, e => e.Cue == "price-ask");
        Assert.Equal("How much for", text.Substring(price.Start, price.Length));
        Assert.True(price.Weight > 0);
    }

    [Fact]
    public void Score_Praise_IsNotLead()
    {
        var result = _scorer.Score(new ScoringRequest("Beautiful photo, well done team!", EngagementKind.Comment));

        Assert.False(result.IsLead);
        Assert.Equal(LeadIntent.None, result.Intent);
    }

    [Fact]
    public void Score_ThresholdAboveScore_IsNotLead()
    {
        var profile = new ScoringProfile { Threshold = 100 };

        var result = _scorer.Score(new ScoringRequest("how much?", EngagementKind.Comment), profile);

        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_AnyText_ScoreIsBasePlusEvidenceWeightsClamped()
    {
        var result = _scorer.Score(new ScoringRequest("Hi! Do you deliver to Leeds? Need 40 cupcakes for Friday 🙏", EngagementKind.Comment));

        Assert.Equal(Math.Clamp(_scorer.BaseScore + result.Evidence.Sum(e => e.Weight), 0, 100), result.Score);
    }

    [Theory]
    [InlineData("How much is a full set of gel nails?", LeadIntent.Price)]
    [InlineData("¿Cuánto cuesta la limpieza dental?", LeadIntent.Price)]
    [InlineData("Was kostet eine Stunde Nachhilfe?", LeadIntent.Price)]
    [InlineData("combien pour une coupe femme ?", LeadIntent.Price)]
    [InlineData("quanto custa a mensalidade?", LeadIntent.Price)]
    [InlineData("Wat kost een rijles bij jullie?", LeadIntent.Price)]
    [InlineData("quanto costa un taglio?", LeadIntent.Price)]
    [InlineData("is the green jacket still available in M?", LeadIntent.Availability)]
    [InlineData("Habt ihr morgen noch was frei?", LeadIntent.Availability)]
    [InlineData("Can I book a table for 4 on Saturday?", LeadIntent.Booking)]
    [InlineData("Vorrei prenotare un appuntamento per venerdì", LeadIntent.Booking)]
    [InlineData("just dm'd you about the kitchen 👍", LeadIntent.Contact)]
    [InlineData("Je vous ai envoyé un mail hier", LeadIntent.Contact)]
    [InlineData("do you ship to Portugal?", LeadIntent.Purchase)]
    [InlineData("We're switching from our current provider next month, do you handle payroll?", LeadIntent.Switching)]
    public void Score_BuyingQuestionInAnyLanguage_IsLeadWithIntent(string text, LeadIntent intent)
    {
        var result = _scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        Assert.True(result.IsLead, $"{result.Score}");
        Assert.Equal(intent, result.Intent);
    }

    [Theory]
    [InlineData("WHAT'S THE PRICE???")]
    [InlineData("cuanto cuesta")]
    [InlineData("preeeço?")]
    [InlineData("is it availble this weekend?")]
    public void Score_CapsMissingAccentsStretchingTypos_StillLead(string text)
    {
        Assert.True(_scorer.Score(new ScoringRequest(text, EngagementKind.Comment)).IsLead);
    }

    [Theory]
    [InlineData("Giveaway entry! @anna.b @tom_k 🤞")]
    [InlineData("Buy 5k real followers now 👉 link in bio")]
    [InlineData("Are you hiring? I have 4 years experience as a receptionist, CV ready")]
    [InlineData("We offer white label SEO for salons, open to a quick chat?")]
    [InlineData("😍😍😍")]
    [InlineData("who took this photo? stunning")]
    [InlineData("how much did they pay you to post this lol")]
    [InlineData("not interested, stop showing me ads")]
    public void Score_NoiseWithBuyingWords_IsNotLead(string text)
    {
        var result = _scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        Assert.False(result.IsLead, $"{result.Score}");
        Assert.Contains(result.Evidence, e => e.Weight < 0);
    }

    [Fact]
    public void Score_EmojiOnly_WholeTextIsNegativeEvidence()
    {
        const string text = "🔥🔥 👏";

        var result = _scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        var emoji = Assert.Single(result.Evidence, e => e.Cue == "emoji-only");
        Assert.Equal((0, text.Length), (emoji.Start, emoji.Length));
        Assert.True(emoji.Weight < 0);
    }

    [Fact]
    public void Score_LowStarComplaintWithRequest_IsServiceRecovery()
    {
        var request = new ScoringRequest("The lamp arrived cracked. Please send a replacement, I still want it.", EngagementKind.Review, Rating: 1);

        var result = _scorer.Score(request);

        Assert.True(result.IsLead);
        Assert.Equal(LeadIntent.ServiceRecovery, result.Intent);
    }

    [Fact]
    public void Score_LowStarRantThatRefusesContact_IsNotLead()
    {
        var request = new ScoringRequest("Scammers. Never again, don't bother replying.", EngagementKind.Review, Rating: 1);

        Assert.False(_scorer.Score(request).IsLead);
    }

    [Fact]
    public void Score_FiveStarPraise_IsNotLeadButFiveStarAskingForMore_IsLead()
    {
        var praise = _scorer.Score(new ScoringRequest("Fantastic team, spotless job, thank you!", EngagementKind.Review, Rating: 5));
        var more = _scorer.Score(new ScoringRequest("Fantastic team! Can you quote for the upstairs bathroom too?", EngagementKind.Review, Rating: 5));

        Assert.False(praise.IsLead);
        Assert.True(more.IsLead);
    }

    [Fact]
    public void Score_NegatedCue_DoesNotRaiseScore()
    {
        var plain = _scorer.Score(new ScoringRequest("I'm interested", EngagementKind.Comment));
        var negated = _scorer.Score(new ScoringRequest("I'm not interested", EngagementKind.Comment));

        Assert.True(plain.IsLead);
        Assert.False(negated.IsLead);
        Assert.Contains(negated.Evidence, e => e.Cue == "negated-cue" && e.Weight < 0);
    }

    [Fact]
    public void Score_TeamVocabularyQuestion_BecomesLeadOnlyWithVocabulary()
    {
        var request = new ScoringRequest("Balayages?", EngagementKind.Comment);
        var profile = new ScoringProfile { Vocabulary = ["balayage", "gel nails"] };

        var without = _scorer.Score(request);
        var with = _scorer.Score(request, profile);

        Assert.False(without.IsLead);
        Assert.True(with.IsLead);
        var word = Assert.Single(with.Evidence, e => e.Cue == "team-vocabulary");
        Assert.Equal("Balayages", request.Text.Substring(word.Start, word.Length));
    }

    [Fact]
    public void Score_LowerTeamThreshold_TurnsBorderlineIntoLead()
    {
        var request = new ScoringRequest("love it, would like one day", EngagementKind.Comment);
        var score = _scorer.Score(request).Score;

        var result = _scorer.Score(request, new ScoringProfile { Threshold = score });

        Assert.True(result.IsLead);
    }

    [Fact]
    public void Score_Evidence_SpansAreInsideTextAndSorted()
    {
        const string text = "Café looks great 😍 — ¿tenéis mesa para 6 el sábado? DM enviado";

        var result = _scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        Assert.All(result.Evidence, e => Assert.InRange(e.Start + e.Length, 0, text.Length));
        Assert.Equal(result.Evidence.OrderBy(e => e.Start).Select(e => e.Start), result.Evidence.Select(e => e.Start));
        Assert.Contains(result.Evidence, e => text.Substring(e.Start, e.Length) == "mesa para");
    }

    [Fact]
    public void Score_LongText_UsesPooledBuffersAndFindsLateCue()
    {
        var text = string.Concat(Enumerable.Repeat("The weather was nice and the view lovely. ", 60)) + "How much for a week in July?";

        var result = _scorer.Score(new ScoringRequest(text, EngagementKind.Review, Rating: 5));

        var price = Assert.Single(result.Evidence, e => e.Cue == "price-ask");
        Assert.Equal("How much for", text.Substring(price.Start, price.Length));
    }

    [Fact]
    public void Score_ManyThreads_SameResultsAsOneThread()
    {
        string[] texts = ["how much?", "giveaway! @a @b", "Can I book for Friday?", "😂", "refund please, it broke"];
        var expected = texts.Select(t => _scorer.Score(new ScoringRequest(t, EngagementKind.Comment)).Score).ToArray();

        var results = new int[texts.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = _scorer.Score(new ScoringRequest(texts[i % texts.Length], EngagementKind.Comment)).Score);

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % texts.Length], results[i]));
    }

    [Fact]
    public void Score_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _scorer.Score(new ScoringRequest(null!, EngagementKind.Comment)));
    }

    [Fact]
    public void Score_ProfileRebuiltPerEventWithSameWords_SameVocabularyMatch()
    {
        var request = new ScoringRequest("Do you do ceramic coatings on vans?", EngagementKind.Comment);
        string[] words = ["Ceramic Coating", "PPF"];

        var first = _scorer.Score(request, new ScoringProfile { Vocabulary = [.. words] });
        var second = _scorer.Score(request, new ScoringProfile { Vocabulary = [.. words.Select(w => new string(w.AsSpan()))] });
        var other = _scorer.Score(request, new ScoringProfile { Vocabulary = ["PPF"] });

        var match = Assert.Single(first.Evidence, e => e.Cue == "team-vocabulary");
        Assert.Equal("ceramic coatings", request.Text.Substring(match.Start, match.Length));
        Assert.Equal(first, second with { Evidence = first.Evidence, IntentEvidence = first.IntentEvidence });
        Assert.Equal(first.Evidence, second.Evidence);
        Assert.Equal(first.IntentEvidence, second.IntentEvidence);
        Assert.DoesNotContain(other.Evidence, e => e.Cue == "team-vocabulary");
    }
}
