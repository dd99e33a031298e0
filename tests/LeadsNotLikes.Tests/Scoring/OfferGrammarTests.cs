using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test per general mechanism added in the fifth round: a condition addressed to the business
/// (<c>conditional-offer</c>), a named current provider (<c>current-provider</c>, switching), an imperative for the
/// speaker (<c>imperative-request</c>), a complaint followed by an addressed ask (service recovery), buying
/// reported in the perfect tense or as a habit (no purchase act), Flemish "ge/gij", and three kinds of non-lead
/// (admiration asked as a question, stated work experience, buying elsewhere from now on). Every sentence was invented
/// for these tests; none is taken from a labeled file.
/// </summary>
public sealed class OfferGrammarTests
{
    [Theory]
    [InlineData("The boiler service left a leak under the sink. If you can send someone back this week I'll change my stars.")]
    [InlineData("Le gâteau est arrivé écrasé. Si vous m'en refaites un pour samedi, je reviens volontiers.")]
    public void Score_ComplainingReviewWithAConditionForTheBusiness_IsServiceRecovery(string text)
    {
        var result = Score(text, EngagementKind.Review, rating: 2);

        Assert.Contains(result.Evidence, e => e.Cue == "conditional-offer");
        AssertLead(result, LeadIntent.ServiceRecovery);
    }

    [Theory]
    [InlineData("Ich bin seit drei Jahren bei StromPlus aber die Abschläge steigen ständig. Was kostet bei euch der Ökotarif?")]
    [InlineData("Sono cliente con TelNova da anni e sono stufa. Avete offerte per la fibra a Bologna?")]
    [InlineData("been with QuickNet for 4 years and the speed is awful, what do you charge for 1gb?")]
    public void Score_CustomerOfANamedProviderAskingThisBusiness_IsSwitching(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "current-provider");
        AssertLead(result, LeadIntent.Switching);
    }

    [Theory]
    [InlineData("Had dinner with Marco last night, lovely evening")]
    [InlineData("Are you open on Boxing Day? Table for 6 if so")]
    public void Score_NameAfterAPrepositionWithoutMembership_IsNoCurrentProvider(string text)
    {
        Assert.DoesNotContain(Score(text).Evidence, e => e.Cue == "current-provider");
    }

    [Theory]
    [InlineData("zet me maar op de lijst voor de workshop van vrijdag")]
    [InlineData("Réservez-moi une table pour jeudi soir, on sera trois")]
    public void Score_ImperativeForTheSpeaker_IsARequest(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "imperative-request");
        AssertLead(result, LeadIntent.Booking);
    }

    [Fact]
    public void Score_StatementWithASubjectPronounFirst_IsNoImperative()
    {
        Assert.DoesNotContain(Score("Je me demande qui a pris cette photo").Evidence, e => e.Cue == "imperative-request");
    }

    [Fact]
    public void Score_ComplaintFollowedByAnAddressedAsk_IsServiceRecovery()
    {
        var result = Score("nog steeds niks gehoord over mijn terugbetaling, kunnen jullie even nakijken");

        AssertLead(result, LeadIntent.ServiceRecovery);
    }

    [Theory]
    [InlineData("On a acheté deux tableaux chez vous l'an dernier, ils sont magnifiques.")]
    [InlineData("I buy my coffee beans here every Saturday, best roast around.")]
    public void Score_BuyingReportedInThePerfectOrAsAHabit_IsNoPurchaseAct(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "purchase-ask");
        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_FirstPersonOrderNow_IsAPurchase()
    {
        var result = Score("ik bestel er twee voor zondag");

        AssertLead(result, LeadIntent.Purchase);
    }

    [Fact]
    public void Score_FlemishGeAddressesTheBusiness()
    {
        var result = Score("hebt ge nog plaats op zaterdag");

        Assert.Contains(result.Evidence, e => e.Cue == "addressed-question");
        Assert.Equal(LeadIntent.Availability, result.Intent);
    }

    [Theory]
    [InlineData("Comment tu fais pour rester aussi zen avec les clients ?", "rhetorical")]
    [InlineData("hebben jullie nog werk in de keuken? heb 2 jaar ervaring als afwasser", "job-seeker")]
    [InlineData("Tweede keer dat de taart te laat kwam. Ik bestel voortaan ergens anders.", "withdrawn")]
    public void Score_AdmirationJobSeekerOrLeavingForGood_IsNoLead(string text, string cue)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == cue);
        Assert.False(result.IsLead);
    }
}
