using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test per general mechanism added in the fourth round: question grammar (a question addressed to the
/// business, verb-first questions without '?', availability questions), intent precedence, and German/Dutch
/// compounds matched by their head. Every sentence was invented for these tests (none is taken from a labeled
/// file); the verbs and nouns are deliberately ones no cue list names, so the tests fail if the grammar is lost.
/// </summary>
public sealed class QuestionGrammarTests
{
    [Theory]
    [InlineData("Lackiert ihr auch Motorradtanks?")]
    [InlineData("Verhuren jullie ook aanhangers voor een weekend?")]
    [InlineData("Vous réparez aussi les horloges anciennes ?")]
    [InlineData("Vocês consertam relógio de parede?")]
    [InlineData("Do you guys restring tennis rackets?")]
    [InlineData("Hätten Sie nächste Woche Zeit für eine Besichtigung?")]
    public void Score_QuestionAddressedToTheBusiness_FiresWhateverTheVerb(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "addressed-question");
    }

    [Theory]
    [InlineData("Is that your dog in the photo?", false)]
    [InlineData("Who painted the mural?", false)]
    public void Score_QuestionNotAddressedToTheBusiness_DoesNotFire(string text, bool expected)
    {
        var result = Score(text);

        Assert.Equal(expected, result.Evidence.Any(e => e.Cue == "addressed-question"));
    }

    [Theory]
    [InlineData("do you still have the green lamp from last week")]
    [InlineData("habt ihr noch die blauen Vasen vom Markt")]
    [InlineData("hebben jullie nog die houten kist uit de etalage")]
    public void Score_VerbFirstQuestionWithoutQuestionMark_IsAskedNotStated(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "stated-not-asked");
        Assert.Contains(result.Evidence, e => e.Cue == "availability-question");
    }

    [Fact]
    public void Score_StatementThatOpensWithThankYou_IsNotAVerbFirstQuestion()
    {
        var result = Score("thank you for the lovely lamp");

        Assert.DoesNotContain(result.Evidence, e => e.Cue is "addressed-question" or "availability-question");
    }

    [Theory]
    [InlineData("Is the corner sofa still in stock?")]
    [InlineData("Ist das Zelt noch verfügbar?")]
    [InlineData("Le studio est encore libre samedi ?")]
    [InlineData("O apartamento ainda está disponível em agosto?")]
    public void Score_AvailabilityQuestion_IsAvailabilityNotPurchase(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Availability);
    }

    [Theory]
    [InlineData("Wir hätten gern eine Kurzofferte für das Dach", "price-ask")]
    [InlineData("Gibt es noch einen Probetermin am Freitag?", "booking-ask")]
    [InlineData("Wat zijn jullie uurprijzen?", "price-word")]
    [InlineData("Ich schicke euch gleich eine Rückrufanfrage", "request")]
    public void Score_CompoundMatchedByItsHead(string text, string family)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == family);
    }

    [Fact]
    public void Score_WordThatOnlyStartsLikeACue_IsNotACompound()
    {
        // "terminal" and "terminar" begin like "Termin" but are not compounds of it: only heads (the end) count.
        var result = Score("Can we add a second card terminal to the account?");

        Assert.DoesNotContain(result.Evidence, e => e.Cue is "booking-ask" or "booking-noun");
    }
}
