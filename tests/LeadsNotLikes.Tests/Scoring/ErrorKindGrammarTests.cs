using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test per kind of error fixed in the third round (errors of dev.jsonl, dev2.jsonl and unseen-3.jsonl grouped
/// by kind). Every sentence was written for these tests, not taken from a labeled file; each test checks the
/// general rule (a grammar feature or a cue family), so it fails if the rule is lost.
/// </summary>
public sealed class ErrorKindGrammarTests
{
    [Theory]
    [InlineData("We help dental practices fill their diaries, can I show you how it works?")]
    [InlineData("Aiutiamo i ristoranti con i social, posso mandarvi una proposta?")]
    [InlineData("Wij helpen kappers aan meer boekingen, mag ik jullie een voorbeeld sturen?")]
    [InlineData("Somos distribuidores de café de especialidad, ¿les interesa recibir muestras?")]
    public void Score_SellerOffersPhrasedAsRequests_AreMutedAndNotLead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
        Assert.Contains(result.Evidence, e => e.Cue == "vendor-pitch");
        Assert.DoesNotContain(result.Evidence, e => e.Cue is "purchase-ask" or "question-opener" or "need-plan" or "booking-noun");
    }

    [Theory]
    [InlineData("Never mind the quote, we're staying put for now")]
    [InlineData("Já não preciso do orçamento, obrigada na mesma")]
    [InlineData("Das Angebot brauchen wir nicht mehr, danke")]
    [InlineData("Laat de offerte maar zitten, we verhuizen toch")]
    public void Score_WithdrawnIntent_IsNotLead(string text)
    {
        var result = Score(text, EngagementKind.Reply);

        Assert.False(result.IsLead, Explain(result));
        Assert.Contains(result.Evidence, e => e.Cue == "withdrawn");
    }

    [Theory]
    [InlineData("Quisiera sacar cita para el lunes, ¿hay hueco por la mañana?")]
    [InlineData("Ich möchte gern einen Termin machen, am liebsten Dienstag")]
    [InlineData("Gostaria de fazer uma marcação para sábado de manhã")]
    [InlineData("I'd love to book the tasting menu for our anniversary on the 14th")]
    public void Score_WishToBookASlot_IsBookingNotAvailability(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Booking);
        Assert.Contains(result.Evidence, e => e.Cue == "booking-request");
    }

    [Fact]
    public void Score_AskingWhetherASlotIsFree_IsAvailabilityWithoutBookingRequest()
    {
        var result = Score("Any space left on Thursday afternoon?");

        AssertLead(result, LeadIntent.Availability);
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "booking-request");
    }

    [Theory]
    [InlineData("@pau ¿lo reservamos para tu cumple?")]
    public void Score_FriendTagBesideBookingWord_IsBookingLead(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Booking);
    }

    [Theory]
    [InlineData("Lovely work on the fence. We want them back in summer for the decking, I'll give you a ring.")]
    [InlineData("Travail impeccable sur la terrasse. Au printemps on refait la façade, je vous appelle pour fixer une date.")]
    public void Score_ReviewPromisingToCallForTheNextJob_IsBookingLead(string text)
    {
        var result = Score(text, EngagementKind.Review, 5);

        Assert.True(result.IsLead, Explain(result));
        Assert.Contains(result.Evidence, e => e.Cue == "callback-promise");
    }

    [Fact]
    public void Score_PastPurchaseStated_FiresStatedInPastAndIsNotLead()
    {
        var result = Score("Still got the rug I bought from you back in 2015, looks brand new");

        Assert.False(result.IsLead, Explain(result));
        Assert.Contains(result.Evidence, e => e.Cue == "stated-in-past");
    }

    [Theory]
    [InlineData("Wir sind derzeit bei einem anderen Verwalter, der Vertrag läuft im Mai aus. Was würdet ihr verlangen?")]
    [InlineData("Our renewal is in March and support has been dire, can your team migrate 40 mailboxes?")]
    public void Score_CurrentProviderOrRenewal_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
    }

    [Theory]
    [InlineData("The fitter was due on Tuesday and nobody came, can you still come this week?")]
    [InlineData("Faz duas semanas e ainda não montaram o armário, alguém me responde?")]
    public void Score_NoShowOrStillNotDoneWithRequest_IsServiceRecovery(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.ServiceRecovery);
        Assert.Contains(result.Evidence, e => e.Cue == "complaint-with-request");
    }

    [Theory]
    [InlineData("Earn £400 a day from home 💸 details in my bio")]
    [InlineData("Verdiene 200€ täglich von zuhause, Infos in meiner Bio")]
    public void Score_MoneyFromHomeSpam_IsNotLead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
        Assert.Contains(result.Evidence, e => e.Cue == "follower-spam");
    }

    [Theory]
    [InlineData("A vegan butcher, is that even a thing?")]
    [InlineData("Een tandarts met humor, bestaat dat echt?")]
    public void Score_RhetoricalExistenceQuestion_IsNotLead(string text)
    {
        Assert.False(Score(text).IsLead, Explain(Score(text)));
    }

    [Theory]
    [InlineData("tarifs svp", LeadIntent.Price)]
    [InlineData("preço pfv 🙏", LeadIntent.Price)]
    [InlineData("prijsje?", LeadIntent.Price)]
    [InlineData("chamei no zap", LeadIntent.Contact)]
    [InlineData("PN ist raus", LeadIntent.Contact)]
    public void Score_ShortAskWithPolitenessOrMessengerSlang_IsLead(string text, LeadIntent intent)
    {
        var result = Score(text);

        AssertLead(result, intent);
    }

    [Fact]
    public void Score_PraiseOverlappingPriceWord_DropsThePriceCue()
    {
        var result = Score("Miglior prezzo della città per il tagliando, e gentilissimi", EngagementKind.Review, 5);

        Assert.False(result.IsLead, Explain(result));
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "price-ask");
    }

    [Fact]
    public void Score_CvAsPartOfACustomersWord_DoesNotMakeAJobSeeker()
    {
        var result = Score("Graag een offerte voor een nieuwe cv-ketel in ons appartement");

        Assert.True(result.IsLead, Explain(result));
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "job-seeker");
    }

    [Theory]
    [InlineData("which package covers two bathrooms and a loo")]
    [InlineData("cuál es la tarifa para autónomos")]
    [InlineData("hoeveel kost een extra sleutel bij jullie")]
    public void Score_QuestionWithoutQuestionMark_OpenedByQuestionWord_IsAsked(string text)
    {
        var result = Score(text);

        Assert.True(result.IsLead, Explain(result));
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "stated-not-asked");
    }

    [Fact]
    public void Score_ExclamationOpenedByQuestionWord_IsNotAQuestion()
    {
        var result = Score("What a space for a party ✨");

        Assert.False(result.IsLead, Explain(result));
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "question");
    }

    [Fact]
    public void Score_FriendTagWithBookingWord_IsNotAStatement()
    {
        // The grammar reads the booking word as asked, not stated. The lead decision itself is not asserted: since the
        // lexical back-off (round 9) the word grams of this sentence pull it just under the threshold, one of the
        // decisions the grams cost (BENCHMARKS.md, "Lexical back-off, third measurement").
        var result = Score("@kai das wär was für Papas 60., ich frag mal nach einem Termin");

        Assert.Contains(result.Evidence, e => e.Cue == "booking-ask");
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "stated-not-asked");
    }

    [Fact]
    public void Score_LookingToBook_IsABookingRequest()
    {
        var result = Score("Looking to book a private dinner for 12 in early June");

        AssertLead(result, LeadIntent.Booking);
    }

    [Fact]
    public void Score_DamageThenWhoToTalkTo_IsServiceRecoveryNotContact()
    {
        var result = Score("Your van backed into my car outside the school. Who do I talk to about getting it repaired?");

        AssertLead(result, LeadIntent.ServiceRecovery);
    }

    [Theory]
    [InlineData("Fotógrafo autónomo, os puedo hacer las fotos del catálogo, escribidme")]
    [InlineData("Freiberufliche Texterin hier, ich schreibe eure Website neu, meldet euch")]
    public void Score_FreelancerOfferingTheirWork_IsNotLead(string text)
    {
        Assert.False(Score(text).IsLead, Explain(Score(text)));
    }

    [Fact]
    public void Score_SentMessageWithWordsBetween_IsContact()
    {
        var result = Score("Hab euch gestern schon ne Mail wegen dem Angebot geschickt");

        AssertLead(result, LeadIntent.Contact);
    }
}
