using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test (or a pair: what fires and what must not) per general mechanism added in the tenth round: a booking told
/// as already made for a time to come by a reviewer (or with a word of return), the English past "booked" told as
/// done, a cancellation told before an ask addressed to the business (switching), creators and people who ask whether
/// the business looks for staff, and intent disclaimed as asked for no purchase. Every sentence was invented for these
/// tests; none is taken from a labeled file.
/// </summary>
public sealed class Round10GrammarTests
{
    [Theory]
    [InlineData("Wonderful cabin and a spotless kitchen. Already booked again for the autumn half term")]
    [InlineData("Trato estupendo. Ya reservamos para Semana Santa con los abuelos")]
    [InlineData("Superbe gîte. Nous avons déjà réservé pour les vacances de février")]
    [InlineData("Adorámos! Já reservámos outra vez para julho")]
    [InlineData("Ottimo agriturismo, abbiamo già prenotato per agosto con i cugini")]
    public void Score_ReviewerWhoAlreadyBookedTheNextVisit_IsBooking(string text)
    {
        var result = Score(text, EngagementKind.Review, 5);

        AssertLead(result, LeadIntent.Booking);
        Assert.Contains(result.Evidence, e => e.Cue == FeatureExtractor.ReturnBooked);
    }

    [Fact]
    public void Score_ReviewerWhoAlreadyBookedTheNextOne_IsBooking()
    {
        var result = Score("Patient and gentle with our old cat. Already booked her next check-up, see you soon!", EngagementKind.Review, 5);

        Assert.Contains(result.Evidence, e => e.Cue == FeatureExtractor.ReturnBooked);
    }

    [Theory]
    [InlineData("déjà réservé pour vendredi, vivement")]
    [InlineData("Booked in for Tuesday morning through the website, sorted thanks")]
    [InlineData("We booked you for the garden in May and then moved house, nothing needed now")]
    public void Score_BookingToldAsDoneInAComment_IsNotReturnBooked(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == FeatureExtractor.ReturnBooked);
        Assert.False(result.IsLead, Explain(result));
    }

    [Fact]
    public void Score_ReviewThatBookedInThePast_IsNotReturnBooked()
    {
        var result = Score("We booked the terrace for my dad's 70th and it was lovely", EngagementKind.Review, 5);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == FeatureExtractor.ReturnBooked);
    }

    [Theory]
    [InlineData("Ho disdetto la piscina comunale, da lunedì vengo a iscrivermi da voi")]
    [InlineData("Ya cancelé el otro seguro, ¿cuánto cuesta el vuestro para una moto?")]
    [InlineData("J'ai résilié mon ancienne box hier, vous pouvez installer la fibre chez moi cette semaine ?")]
    [InlineData("Just cancelled my old meal kit, can I sign up for your family box?")]
    public void Score_CancellationBeforeAnAskToTheBusiness_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
        Assert.Contains(result.Evidence, e => e.Cue == "switching");
    }

    [Theory]
    [InlineData("Ben klaar met TelNet, kunnen jullie volgende week glasvezel aansluiten?")]
    [InlineData("Ya me harté del banco de siempre, ¿cómo abro una cuenta con ustedes?")]
    [InlineData("Der Fliesenleger ist mit der Anzahlung verschwunden, könnt ihr angefangene Baustellen übernehmen?")]
    [InlineData("Our roofer vanished with the deposit, could you finish off a job someone else started?")]
    [InlineData("O pedreiro sumiu com o sinal, vocês pegam obra começada?")]
    public void Score_FedUpOrLeftWithAHalfDoneJobBeforeAnAsk_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
    }

    [Theory]
    [InlineData("Mi paquete desapareció en reparto, ¿me lo reenvían?")]
    [InlineData("Mon colis a disparu, vous pouvez vérifier ?")]
    public void Score_ParcelThatDisappeared_IsNotSwitching(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "switching");
    }

    [Theory]
    [InlineData("Cancelled my membership with you last week, please stop emailing me")]
    [InlineData("ho disdetto tutto, non scrivetemi più")]
    public void Score_CancellationWithNoAsk_IsNotALead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("Hi! I'm a content creator with 40k in food, would love to collab with you")]
    [InlineData("Hola, soy creador de contenido de viajes (20k), me encantaría colaborar con ustedes")]
    [InlineData("Ich bin Reise-Influencerin mit 12k, wie wäre es mit einer Kooperation?")]
    [InlineData("Zijn jullie nog op zoek naar bezorgers? Ik heb een eigen scooter")]
    [InlineData("vous cherchez des plongeurs pour l'été ? je suis dispo tout juillet")]
    [InlineData("Do you need anyone for the Christmas rush? I've done retail before")]
    public void Score_CreatorsAndPeopleAskingWhetherTheBusinessHires_AreNotLeads(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("how much is the 2 night package in March? is it still on")]
    [InlineData("can I book the two of us in for Saturday at 10?")]
    public void Score_CustomerAsksNearSellerWords_StaysALead(string text)
    {
        var result = Score(text);

        Assert.True(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("any of the new foldable phones in stock? not buying, just want to know how they feel")]
    [InlineData("cuánto sale el abono anual? solo pregunto, ya tengo uno")]
    [InlineData("Was kostet so ein Wintergarten? Frag nur für die Nachbarn")]
    public void Score_AskDisclaimedAsAskedForNoPurchase_IsCuriosity(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "curiosity");
    }
}
