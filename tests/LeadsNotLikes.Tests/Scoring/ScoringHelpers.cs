using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>The scoring tests' shorthand: score a text with the default scorer and profile, and explain a score in an assertion message.</summary>
internal static class ScoringHelpers
{
    private static readonly LeadScorer Scorer = new();

    /// <summary>Scores <paramref name="text"/> as a comment unless <paramref name="kind"/> says otherwise.</summary>
    public static LeadScore Score(string text, EngagementKind kind = EngagementKind.Comment, int? rating = null) =>
        Scorer.Score(new ScoringRequest(text, kind, rating));

    /// <summary>Asserts a lead with <paramref name="intent"/>; a failure says why it scored as it did.</summary>
    public static void AssertLead(LeadScore result, LeadIntent intent)
    {
        Assert.True(result.IsLead, Explain(result));
        Assert.Equal(intent, result.Intent);
    }

    /// <summary>The score, intent and weighted cues, e.g. <c>score 62, intent Price: price-ask+20, question+8</c>.</summary>
    public static string Explain(LeadScore result) =>
        $"score {result.Score}, intent {result.Intent}: " + string.Join(", ", result.Evidence.Select(e => $"{e.Cue}{e.Weight:+0;-0}"));
}
