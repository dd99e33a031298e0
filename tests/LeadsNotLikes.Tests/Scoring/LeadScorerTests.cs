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
        var span = Assert.Single(result.Evidence, e => e.Weight > 0);
        Assert.Equal("How much", text.Substring(span.Start, span.Length));
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
}
