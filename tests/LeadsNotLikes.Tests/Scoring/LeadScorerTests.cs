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
}
