using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// The lexical back-off: learned word and word-pair weights (<c>lex:&lt;gram&gt;</c>) beside the cues. Every gram that
/// moves a score is evidence with its span, like a cue; grams never override what the grammar rules out.
/// </summary>
public sealed class LexicalLayerTests
{
    private static LeadModel WithGrams(params (string Name, double Weight)[] grams)
    {
        var weights = new Dictionary<string, double>(LeadModel.Default.Weights, StringComparer.Ordinal);
        foreach (var key in weights.Keys.Where(k => k.Contains(LeadModel.LexicalPrefix, StringComparison.Ordinal)).ToList())
        {
            weights.Remove(key);
        }

        foreach (var (name, weight) in grams)
        {
            weights[name] = weight;
        }

        return new LeadModel(LeadModel.Default.Bias, weights);
    }

    [Fact]
    public void Score_KnownGram_IsEvidenceWithItsSpanAndPoints()
    {
        const string text = "Lovely kitchen. Quote for ours?";
        var scorer = new LeadScorer(WithGrams(("lex:quote", 1.2)));

        var result = scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        var gram = Assert.Single(result.Evidence, e => e.Cue == "lex:quote");
        Assert.Equal("Quote", text.Substring(gram.Start, gram.Length));
        Assert.Equal(15, gram.Weight);
        Assert.Equal(Math.Clamp(scorer.BaseScore + result.Evidence.Sum(e => e.Weight), 0, 100), result.Score);
    }

    [Fact]
    public void Score_KnownBigram_SpansBothWords()
    {
        const string text = "any chance   de rien";
        var scorer = new LeadScorer(WithGrams(("lex:de rien", -1)));

        var result = scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        var gram = Assert.Single(result.Evidence, e => e.Cue == "lex:de rien");
        Assert.Equal("de rien", text.Substring(gram.Start, gram.Length));
        Assert.True(gram.Weight < 0);
    }

    [Fact]
    public void Score_WordThatIsAGramAndOpensABigram_GivesBoth()
    {
        const string text = "merci, de rien";
        var scorer = new LeadScorer(WithGrams(("lex:de", 0.5), ("lex:de rien", -1), ("lex:rien", 0.3)));

        var result = scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        Assert.Equal(["lex:de", "lex:de rien", "lex:rien"], result.Evidence.Where(e => e.Cue.StartsWith("lex:", StringComparison.Ordinal)).Select(e => e.Cue).Order());
        Assert.Equal("de rien", text.Substring(result.Evidence.Single(e => e.Cue == "lex:de rien").Start, 7));
    }

    [Fact]
    public void Score_GramsMatchFoldedText()
    {
        var scorer = new LeadScorer(WithGrams(("lex:cuanto", 1)));

        var result = scorer.Score(new ScoringRequest("CUÁNTOOO sale??", EngagementKind.Comment));

        Assert.Contains(result.Evidence, e => e.Cue == "lex:cuanto");
    }

    [Fact]
    public void Score_GramsOnly_ChangeTheScoreByTheirPoints()
    {
        const string text = "Lovely kitchen. Quote for ours?";
        var without = new LeadScorer(WithGrams()).Score(new ScoringRequest(text, EngagementKind.Comment));
        var with = new LeadScorer(WithGrams(("lex:quote", 1.2), ("lex:lovely", -0.4))).Score(new ScoringRequest(text, EngagementKind.Comment));

        Assert.Equal(without.Score + 15 - 5, with.Score);
        Assert.Equal(without.Evidence.Count + 2, with.Evidence.Count);
    }

    [Fact]
    public void Score_GramVotingForIntent_ShowsInIntentEvidence()
    {
        const string text = "how much for a quote?";
        var scorer = new LeadScorer(WithGrams(("lex:quote", 0.1), (LeadModel.IntentWeightName(LeadIntent.Price, "lex:quote"), 30)));

        var result = scorer.Score(new ScoringRequest(text, EngagementKind.Comment));

        Assert.True(result.IsLead);
        Assert.Equal(LeadIntent.Price, result.Intent);
        var vote = Assert.Single(result.IntentEvidence, e => e.Cue == "lex:quote");
        Assert.Equal(375, vote.Weight);
        Assert.Equal("quote", text.Substring(vote.Start, vote.Length));
    }

    [Fact]
    public void Score_NoGrams_SameAsCueOnly()
    {
        var cueOnly = new LeadScorer(WithGrams());
        foreach (var text in new[] { "How much is a full set of gel nails?", "great pic", "I'm not interested", "DM me for cheap followers" })
        {
            var a = cueOnly.Score(new ScoringRequest(text, EngagementKind.Comment));
            Assert.DoesNotContain(a.Evidence, e => e.Cue.StartsWith(LeadModel.LexicalPrefix, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Model_RoundTripsGramWeights()
    {
        var model = WithGrams(("lex:how much", 0.8), (LeadModel.IntentWeightName(LeadIntent.Price, "lex:how much"), 0.6));

        var parsed = LeadModel.Parse(model.ToTsv());

        Assert.Equal(0.8, parsed.Weights["lex:how much"]);
        Assert.Equal(0.6, parsed.Weights[LeadModel.IntentWeightName(LeadIntent.Price, "lex:how much")]);
    }
}
