using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test (or a pair: what fires and what must not) per general mechanism added in the sixth round: negation after
/// the verb, imperatives with an enclitic or "for me" plus a slot, the price shape of a short quantity question and
/// of an elliptic follow-up, self-promotion, a seller introducing what their firm supplies, a seller's buyer-side
/// questions, memories, leaving a provider told many ways, and Swiss/Austrian/Flemish forms. Every sentence was
/// invented for these tests; none is taken from a labeled file.
/// </summary>
public sealed class Round6GrammarTests
{
    [Theory]
    [InlineData("je reviendrai pas, service trop lent")]
    [InlineData("Franchement je commande plus chez vous après ça")]
    [InlineData("ich bestelle bestimmt nicht mehr bei euch")]
    [InlineData("ik boek nooit meer via jullie site")]
    public void Score_ActNegatedAfterItsVerb_IsNoLead(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "negated-cue");
        Assert.False(result.IsLead);
    }

    [Theory]
    [InlineData("je réserve plus tard dans la semaine, merci")]
    [InlineData("je reviendrai volontiers en juin")]
    public void Score_PlusAsComparativeOrNoNegator_IsNotNegated(string text)
    {
        Assert.DoesNotContain(Score(text).Evidence, e => e.Cue == "negated-cue");
    }

    [Theory]
    [InlineData("prenotatemi per venerdì sera alle 20")]
    [InlineData("resérvame para el jueves a las 6")]
    [InlineData("Segnaci per domenica a pranzo, siamo in quattro")]
    [InlineData("marca pra mim quinta às 15h")]
    public void Score_ImperativeForTheSpeakerWithADay_IsABookingRequest(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "imperative-request");
        AssertLead(result, LeadIntent.Booking);
    }

    [Fact]
    public void Score_EncliticImperativeOfCalling_StaysContact()
    {
        var result = Score("chiamami domani mattina");

        AssertLead(result, LeadIntent.Contact);
    }

    [Theory]
    [InlineData("Problème de livraison encore une fois")]
    [InlineData("Nickname ideas for my dog")]
    [InlineData("Supreme quality as always")]
    public void Score_WordsEndingLikeAnEnclitic_AreNoImperative(string text)
    {
        Assert.DoesNotContain(Score(text).Evidence, e => e.Cue == "imperative-request");
    }

    [Theory]
    [InlineData("3 dozen macarons?")]
    [InlineData("set of 6 plates, matching bowls?")]
    [InlineData("and for two?")]
    [InlineData("y para tres?")]
    public void Score_ShortQuantityQuestion_IsAPriceAsk(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "price-shape");
        AssertLead(result, LeadIntent.Price);
    }

    [Theory]
    [InlineData("anyone else here in 2019?")]
    [InlineData("who else turned 40 this year?")]
    [InlineData("Is the 9am class still on tomorrow?")]
    public void Score_NumericQuestionsOfOtherKinds_HaveNoPriceShape(string text)
    {
        Assert.DoesNotContain(Score(text).Evidence, e => e.Cue == "price-shape");
    }

    [Theory]
    [InlineData("Follow me for daily fitness tips 💪")]
    [InlineData("check out my page for more recipes")]
    [InlineData("sígueme y te sigo de vuelta")]
    [InlineData("volg ons voor meer tips")]
    public void Score_SelfPromotion_IsNoLead(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "self-promotion");
        Assert.False(result.IsLead);
    }

    [Theory]
    [InlineData("Siamo un'azienda di imballaggi e forniamo scatole personalizzate a prezzi ottimi.")]
    [InlineData("Wir sind ein Druckereibetrieb und liefern Flyer in 24 Stunden.")]
    public void Score_SellerIntroducingWhatTheySupply_IsNoLead(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "seller-intro");
        Assert.False(result.IsLead);
    }

    [Theory]
    [InlineData("Do you need a new supplier for your takeaway boxes? We can supply at trade rates.")]
    [InlineData("Are you open to partnerships with local artists?")]
    [InlineData("Hebben jullie interesse in een samenwerking met onze bakkerij?")]
    [InlineData("Sareste interessati a provare i nostri vini in carta?")]
    public void Score_SellerAskingBuyerSideQuestions_IsNoLead(string text)
    {
        Assert.False(Score(text).IsLead);
    }

    [Theory]
    [InlineData("do you still have the big clock by the door? when I was a kid I stared at it every week")]
    [InlineData("la señora Marta sigue trabajando ahí? de pequeño me regalaba caramelos")]
    public void Score_QuestionAskedForOldTimesSake_IsNoLead(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "memory");
        Assert.False(result.IsLead);
    }

    [Theory]
    [InlineData("Our current accountant isn't renewing our engagement and we're looking for someone from April.")]
    [InlineData("Je cherche une alternative à mon fournisseur d'électricité, vous avez des offres ?")]
    [InlineData("We want to go somewhere cheaper than what we pay at the moment, what's your monthly price?")]
    [InlineData("ik wil weg bij mijn huidige provider, wat kost een abonnement bij jullie?")]
    public void Score_LeavingAProviderAndLookingForAReplacement_IsSwitching(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "seeking-replacement");
        AssertLead(result, LeadIntent.Switching);
    }

    [Theory]
    [InlineData("Händ ihr am Samschtig offe?", LeadIntent.Availability)]
    [InlineData("Was chostet bi öich en Herrenschnitt?", LeadIntent.Price)]
    [InlineData("hebde nog plaats voor twee op zaterdag?", LeadIntent.Availability)]
    [InlineData("zijde morgen open?", LeadIntent.Availability)]
    [InlineData("Hobts es am Sunntig offen?", LeadIntent.Availability)]
    [InlineData("I hätt gern an Termin am Mäntig", LeadIntent.Booking)]
    [InlineData("vous avez-tu encore des places samedi?", LeadIntent.Availability)]
    public void Score_SwissAndFlemishForms_CountAsTheStandardWords(string text, LeadIntent intent)
    {
        var result = Score(text);

        AssertLead(result, intent);
    }

    [Theory]
    [InlineData("prix coloration racines svp")]
    [InlineData("Preis Felgenreinigung?")]
    [InlineData("precio manicura semipermanente?")]
    public void Score_PriceWordBesideOnlyTheProduct_IsAPriceAsk(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "price-shape");
        AssertLead(result, LeadIntent.Price);
    }

    [Theory]
    [InlineData("how much would a kitchen like this cost? asking for when I win the lottery 😂")]
    [InlineData("Quanto costa questa villa? Quando vinco alla lotteria la compro 😂")]
    public void Score_PriceForADayThatWillNotCome_IsNoLead(string text)
    {
        Assert.False(Score(text).IsLead);
    }

    [Theory]
    [InlineData("Are you taking on any apprentices this summer? I finish college in June")]
    [InlineData("Zoeken jullie nog een bijbaantje voor zaterdag? Ik ben 16")]
    public void Score_TraineeshipOrSideJobAsked_IsAJobSeeker(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "job-seeker");
        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_ComplaintThatSaysWhatWouldSatisfy_IsServiceRecovery()
    {
        var result = Score("Die Rechnung ist doppelt abgebucht worden. Wenn das erstattet wird, dann bin ich zufrieden.");

        AssertLead(result, LeadIntent.ServiceRecovery);
    }

    [Fact]
    public void Score_ConditionOnWhatTheBusinessHas_IsAConditionalOffer()
    {
        var result = Score("We're with PayDesk until March. If your app handles split payments we'll move.");

        Assert.Contains(result.Evidence, e => e.Cue == "conditional-offer");
        Assert.Equal(LeadIntent.Switching, result.Intent);
    }

    [Theory]
    [InlineData("Does this jacket come in a large?")]
    [InlineData("Lo tienen en azul marino?")]
    public void Score_SizeOrColourAskedFor_IsAvailability(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Availability);
    }

    [Theory]
    [InlineData("@tom sign us up for the pottery night, my treat")]
    [InlineData("Wie kann ich mich für den Yogakurs im Herbst anmelden?")]
    [InlineData("how do I enrol my daughter in the spring swim course?")]
    public void Score_AskingToSignUp_IsPurchase(string text)
    {
        // Round 6 moved enrolling out of booking-ask into its own family (sign-up, intent purchase), as the labelling
        // rules say ("asking how to buy or sign up"); the first sentence used to be asserted as booking in
        // ErrorKindGrammarTests and moved here.
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "sign-up");
        AssertLead(result, LeadIntent.Purchase);
    }

    [Theory]
    [InlineData("Who should I contact about catering for a launch event?")]
    [InlineData("An wen kann ich mich wegen einer Firmenfeier wenden?")]
    public void Score_AskingWhomToContact_IsAContactLead(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "contact-ask");
        Assert.True(result.IsLead);
    }

    [Fact]
    public void Score_SellerPresentingTheirProduct_IsNoLead()
    {
        var result = Score("Nous aimerions vous présenter notre solution de caisse, à qui puis-je m'adresser ?");

        Assert.Contains(result.Evidence, e => e.Cue == "vendor-pitch");
        Assert.False(result.IsLead);
    }
}
