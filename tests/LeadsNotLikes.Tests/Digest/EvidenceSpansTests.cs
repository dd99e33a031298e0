using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Digest;

public sealed class EvidenceSpansTests
{
    [Theory]
    [InlineData("Hi! Do you deliver to Leeds?", "Do you deliver to Leeds?")]
    [InlineData("Lovely cakes, is the shop open on Sunday?", "is the shop open on Sunday?")]
    [InlineData("Is it 4.5 kg?", "Is it 4.5 kg?")]
    [InlineData("Any slots Saturday?! Thanks", "Any slots Saturday?!")]
    public void Of_LoneQuestionMark_GrowsIntoThePhraseItEnds(string text, string highlighted)
    {
        var mark = text.IndexOf('?', StringComparison.Ordinal);

        var spans = EvidenceSpans.Of(text, [new Evidence(mark, 1, 8, "question")]);

        Assert.Equal([highlighted], spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Of_WordGramsOfTheLexicalBackOff_AreNotHighlighted()
    {
        const string text = "ich frag mal nach einem Termin";
        var spans = EvidenceSpans.Of(text, [new Evidence(0, 3, 9, "lex:ich"), new Evidence(24, 6, 27, "booking-ask")]);

        Assert.Equal([(24, 30)], spans);
    }

    [Fact]
    public void Of_QuestionMarkAfterEvidence_JoinsItFromTheEvidenceOn()
    {
        const string text = "Hi Anna how much for 4?";

        var spans = EvidenceSpans.Of(text, [new Evidence(8, 8, 60, "price-ask"), new Evidence(22, 1, 8, "question")]);

        Assert.Equal(["how much for 4?"], spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Of_OpeningQuestionMark_GrowsIntoThePhraseItStarts()
    {
        const string text = "¿Cuánto cuesta la tarta? Gracias";

        var spans = EvidenceSpans.Of(text, [new Evidence(0, 1, 8, "question")]);

        Assert.Equal(["¿Cuánto cuesta la tarta?"], spans.Select(s => text[s.Start..s.End]));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("😍😍 ?")]
    public void Of_QuestionMarkWithNoWords_IsNotHighlighted(string text) =>
        Assert.Empty(EvidenceSpans.Of(text, [new Evidence(text.Length - 1, 1, 8, "question")]));

    [Fact]
    public void Of_QuestionMarkEndingAVeryLongPhrase_IsNotHighlighted()
    {
        var text = string.Join(' ', Enumerable.Repeat("and then", 20)) + "?";

        Assert.Empty(EvidenceSpans.Of(text, [new Evidence(text.Length - 1, 1, 8, "question")]));
    }

    [Theory]
    [InlineData("Do you have time before Christmas for a small bathroom?")]
    [InlineData("Could you do a cake for Saturday afternoon?")]
    [InlineData("Habt ihr am Samstag noch einen Termin frei für zwei Personen?")]
    public void Of_RealScorerEvidence_NeverMarksPunctuationAlone(string text)
    {
        var score = new LeadScorer().Score(new ScoringRequest(text, EngagementKind.Comment));

        var marked = EvidenceSpans.Of(text, score.Evidence).Select(s => text[s.Start..s.End]).ToList();

        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.Contains(m, char.IsLetterOrDigit));
    }
}
