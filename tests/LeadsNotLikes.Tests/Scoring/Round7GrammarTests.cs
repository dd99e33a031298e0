using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test (or a pair: what fires and what must not) per general mechanism added in the seventh round: acts told as
/// done or abandoned, conditions that suspend a resolution, negated intention verbs, the longer phrase of the opposite
/// sign, asks that run past a rhetorical phrase, needs of a third person, past questions about the business, disclaimed
/// intent, polite openers and purpose clauses, questions without a question mark, habits after a wish, switching beside
/// an availability ask, and the paradigms added in all seven languages. Every sentence was invented for these tests;
/// none is taken from a labeled file.
/// </summary>
public sealed class Round7GrammarTests
{
    [Theory]
    [InlineData("I had asked for a quote back in spring but we found someone local, thanks anyway")]
    [InlineData("Había pedido presupuesto hace un mes, al final lo hizo un vecino")]
    [InlineData("avevo chiesto un preventivo a maggio ma abbiamo rinunciato")]
    [InlineData("déjà réservé pour samedi, trop hâte")]
    [InlineData("Tentei encomendar o bolo mas já estava esgotado, que pena")]
    public void Score_ActToldAsDoneOrAbandoned_IsStatedInPast(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == FeatureExtractor.StatedPast);
        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_PastFollowedByANewAsk_StaysALead()
    {
        var result = Score("we had the best time in March, can we book again for June?");

        Assert.DoesNotContain(result.Evidence, e => e.Cue == FeatureExtractor.StatedPast);
        Assert.True(result.IsLead);
    }

    [Theory]
    [InlineData("Facture en double depuis deux mois. Si c'est réglé cette semaine je reste, sinon je pars")]
    [InlineData("Heizung kalt seit Montag. Wenn das bis Freitag erledigt ist, bleibe ich")]
    public void Score_ResolutionInsideACondition_IsNotResolved(string text)
    {
        var result = Score(text, EngagementKind.Review, rating: 2);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "resolved");
        AssertLead(result, LeadIntent.ServiceRecovery);
    }

    [Theory]
    [InlineData("non mi serve un abbonamento, volevo solo capire come funziona")]
    [InlineData("I don't really need a quote, just admiring the brickwork")]
    [InlineData("No estoy pensando en cambiar de compañía, solo comento el anuncio")]
    public void Score_NegatedIntentionVerb_NegatesItsObject(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "negated-cue");
        Assert.False(result.IsLead);
    }

    [Theory]
    [InlineData("just wanted to say the team at reception was lovely today")]
    [InlineData("só queria dizer que a loja nova ficou linda")]
    public void Score_OnlyWantedToSay_IsARemark(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "purchase-ask");
        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_ConditionalLiking_IsAWishNotPraise()
    {
        var result = Score("would love to chat about a bigger order for our three cafés");

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "praise");
        Assert.Contains(result.Evidence, e => e.Cue == "need-plan");
    }

    [Fact]
    public void Score_AskRunningPastARhetoricalPhrase_IsTheAsk()
    {
        var result = Score("what's the best number to call about a group lesson?");

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "rhetorical");
        AssertLead(result, LeadIntent.Contact);
    }

    [Theory]
    [InlineData("does a cat need a passport to fly within Europe?", false)]
    [InlineData("do I need a deposit to book the hall?", true)]
    public void Score_NeedOfAThirdPerson_IsNotTheSpeakers(string text, bool speakers)
    {
        var result = Score(text);

        Assert.Equal(speakers, result.Evidence.Any(e => e.Cue == "need-plan"));
    }

    [Theory]
    [InlineData("how did you get the lighting so soft in these photos?")]
    [InlineData("what did you call the new puppy?")]
    public void Score_PastQuestionAboutTheBusiness_IsNoLead(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "question");
        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_HaveYouGot_StaysAQuestion()
    {
        Assert.Contains(Score("what have you got in a size 8?").Evidence, e => e.Cue == "question");
    }

    [Theory]
    [InlineData("no es que vaya a comprar, pero cuánto pesa la bici?")]
    [InlineData("not that I want to book, but how far is the lodge from the station?")]
    public void Score_DisclaimedIntent_IsCuriosity(string text)
    {
        var result = Score(text);

        Assert.Contains(result.Evidence, e => e.Cue == "curiosity");
        Assert.False(result.IsLead);
    }

    [Theory]
    [InlineData("Alles sauber verlegt. Gerne auch ein Angebot für die Terrasse nächstes Jahr")]
    [InlineData("Mooi geschilderd. Graag ook een prijs voor de schuur in het voorjaar")]
    public void Score_PoliteOpener_MakesTheSentenceARequest(string text)
    {
        var result = Score(text, EngagementKind.Review, rating: 5);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == FeatureExtractor.StatedOnly);
        AssertLead(result, LeadIntent.Price);
    }

    [Theory]
    [InlineData("on repasse pour les vacances de Pâques, je vous écris pour bloquer les dates", LeadIntent.Booking)]
    [InlineData("torniamo per le vacanze di Natale, vi scrivo per bloccare le date", LeadIntent.Booking)]
    public void Score_PurposeClauseAfterAPlan_IsAsked(string text, LeadIntent intent)
    {
        var result = Score(text, EngagementKind.Review, rating: 5);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == FeatureExtractor.StatedOnly);
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "job-seeker");
        AssertLead(result, intent);
    }

    [Theory]
    [InlineData("hola cuanto sale el corte con lavado", LeadIntent.Price)]
    [InlineData("is the green sofa still available in velvet", LeadIntent.Availability)]
    [InlineData("any openings friday morning for a trim", LeadIntent.Availability)]
    public void Score_QuestionWithoutQuestionMark_IsAsked(string text, LeadIntent intent)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == FeatureExtractor.StatedOnly);
        AssertLead(result, intent);
    }

    [Fact]
    public void Score_HabitAfterAWish_IsTheFrequencyWanted()
    {
        var result = Score("ik wil graag elke maand een bos bloemen laten bezorgen");

        Assert.DoesNotContain(result.Evidence, e => e.Cue == FeatureExtractor.StatedPast);
        Assert.True(result.IsLead);
    }

    [Theory]
    [InlineData("Our window cleaner keeps cancelling. Do you have room on your Thursday round? We'd switch")]
    [InlineData("Mon club actuel annule tout le temps. Vous avez de la place le samedi ? On changerait volontiers")]
    public void Score_SwitchBesideAnAvailabilityAsk_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
    }

    [Theory]
    [InlineData("Could you price up a new fence for the back garden", LeadIntent.Price)]
    [InlineData("Je voudrais une soumission pour refaire la toiture du garage", LeadIntent.Price)]
    [InlineData("alguien que pueda venir hoy a destapar el baño?", LeadIntent.Availability)]
    [InlineData("hoe schrijf ik me in voor de cursus keramiek", LeadIntent.Purchase)]
    [InlineData("@lucia ce lo compriamo per la casa nuova", LeadIntent.Purchase)]
    public void Score_Round7Paradigms_AreLeads(string text, LeadIntent intent)
    {
        var result = Score(text);

        AssertLead(result, intent);
    }

    [Theory]
    [InlineData("Graag iemand sturen, de kraan lekt alweer")]
    [InlineData("Se mi mandate qualcuno a sistemarlo senza costi resto cliente")]
    public void Score_SendSomeoneToPutItRight_IsRecovery(string text)
    {
        var result = Score(text, EngagementKind.Review, rating: 2);

        AssertLead(result, LeadIntent.ServiceRecovery);
    }

    [Theory]
    [InlineData("schon wieder zwei Wochen Wartezeit für einen Ölwechsel, super 👏")]
    [InlineData("Hacemos diseño web para clínicas dentales, ¿les paso info?")]
    [InlineData("Service nul, je vais voir ailleurs, inutile de me répondre")]
    [InlineData("Uiteindelijk opgelost na twee weken bellen, prima zo")]
    public void Score_Round7NonLeadParadigms_AreNoLeads(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "switching");
        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_RecommendingBlindly_IsPraise()
    {
        Assert.Contains(Score("je recommande les yeux fermés, équipe au top").Evidence, e => e.Cue == "praise");
    }

    [Theory]
    [InlineData("@carla este verano nos apuntamos al curso de surf, no hay excusas")]
    [InlineData("@mark no excuses, we're getting the tandem this spring")]
    public void Score_NegatorInsideAPhrase_NegatesNothing(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "negated-cue");
        Assert.True(result.IsLead);
    }

    [Theory]
    [InlineData("Non ci troviamo più bene con la palestra di prima, avete posto nel corso serale?")]
    [InlineData("Wir sind mit unserem Steuerbüro nicht mehr zufrieden, habt ihr noch Kapazitäten?")]
    [InlineData("We've outgrown our current booking tool, can we see a demo next week?")]
    public void Score_NoLongerSatisfiedBesideAnAsk_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
    }

    [Fact]
    public void Score_PlanToldAsAHabit_IsStatedInPast()
    {
        var result = Score("la rosca de reyes de esta panadería, la compramos cada enero sin falta");

        Assert.Contains(result.Evidence, e => e.Cue == FeatureExtractor.StatedPast);
        Assert.False(result.IsLead);
    }

    [Fact]
    public void Score_PastTenseBuying_IsNoTypoOfAnotherWord()
    {
        var result = Score("compré las zapatillas aquí el año pasado y siguen perfectas");

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "switching");
        Assert.False(result.IsLead);
    }

    [Theory]
    [InlineData("Wir liefern Bürokaffee für Teams ab 10 Personen. An wen kann ich mich wenden?")]
    [InlineData("We place senior chefs with restaurant groups, who's the best person to speak to about hiring?")]
    public void Score_SellerAskingWhomToContact_IsNoLead(string text)
    {
        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "contact-ask");
        Assert.False(result.IsLead);
    }
}
