using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test per kind of error studied in dev2.jsonl (issue 8), on sentences written for these tests (not rows
/// of the labeled files): each checks the general rule, so it fails if the rule is lost, not if a word changes.
/// </summary>
public sealed class ErrorKindTests
{
    [Theory]
    [InlineData("Need 2 quotes for a bathroom refit before March", LeadIntent.Price)]
    [InlineData("nos interesaría una demo la semana que viene, somos 12 en la oficina", LeadIntent.Booking)]
    [InlineData("Wir hätten gern ein Angebot für 3 Fenster bitte", LeadIntent.Price)]
    public void Score_IntentWithoutQuestionMark_IsLeadWithIntent(string text, LeadIntent intent)
    {
        var result = Score(text);

        AssertLead(result, intent);
    }

    [Theory]
    [InlineData("Not that I'm buying one, but how heavy is the big one?")]
    [InlineData("Nicht dass ich kaufen will, aber wie viel wiegt das Ding?")]
    [InlineData("cuánta gente cabe en ese coche? jaja")]
    public void Score_QuestionWithoutBuyingIntent_IsNotLead(string text)
    {
        Assert.False(Score(text).IsLead, Explain(Score(text)));
    }

    [Theory]
    [InlineData("The team were always available and the prices were fair")]
    [InlineData("Best price in town for a full valet, spotless every time")]
    [InlineData("Equipa sempre disponível e o melhor preço da zona")]
    public void Score_PraiseWithBuyingWords_IsNotLead(string text)
    {
        var result = Score(text, EngagementKind.Review, 5);

        Assert.False(result.IsLead, Explain(result));
    }

    [Fact]
    public void Score_BuyingWordsOnlyInStatements_FireStatedNotAsked()
    {
        var stated = Score("They catered our christening last year, lovely food");
        var asked = Score("Do you cater christenings?");

        Assert.False(stated.IsLead, Explain(stated));
        Assert.Contains(stated.Evidence, e => e.Cue == "stated-not-asked");
        Assert.DoesNotContain(asked.Evidence, e => e.Cue == "stated-not-asked");
    }

    [Theory]
    [InlineData("We make branded packaging for bakeries, can we send you some free samples?")]
    [InlineData("Hola! Somos fabricantes de vasos, les mandamos precios de mayoreo?")]
    [InlineData("Abierta a nuevas oportunidades, 5 años de experiencia como recepcionista")]
    [InlineData("Je suis dispo tout l'été, vous embauchez ?")]
    [InlineData("Estão a contratar? Tenho 3 anos de experiência em cozinha")]
    public void Score_SellerOrJobSeekerPhrasedLikeCustomer_IsNotLead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
        Assert.Contains(result.Evidence, e => e.Cue is "vendor-pitch" or "job-seeker");
        Assert.DoesNotContain(result.Evidence, e => e.Cue is "price-ask" or "availability-ask");
    }

    [Fact]
    public void Score_ClauseNegator_NegatesCueLaterInClauseOnly()
    {
        const string text = "niet dat ik er een ga kopen hoor";

        var result = Score(text);

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "purchase-ask");
        var negated = Assert.Single(result.Evidence, e => e.Cue == "negated-cue");
        Assert.Equal("niet dat ik er een ga kopen", text.Substring(negated.Start, negated.Length));
    }

    [Theory]
    [InlineData("wow the staff were so available and helpful 🙃 said no one ever")]
    [InlineData("nn lo compro ma è stupendo")]
    public void Score_SarcasmOrNegatedPraise_IsNotLead(string text)
    {
        Assert.False(Score(text).IsLead, Explain(Score(text)));
    }

    [Theory]
    [InlineData("@maria_s I'll book us in for Saturday")]
    [InlineData("@jo.k mein Geburtstag ist nächste Woche 👀 hint hint")]
    [InlineData("@duda sexta depois do trabalho, fechou?")]
    public void Score_FriendTagWithPlan_IsLead(string text)
    {
        Assert.True(Score(text).IsLead, Explain(Score(text)));
    }

    [Fact]
    public void Score_FriendTagWithoutPlan_IsNotLead()
    {
        Assert.False(Score("@maria_s remember this place 😂").IsLead);
    }

    [Theory]
    [InlineData("vcs fazem entrega em Niterói?")]
    [InlineData("xq no me contestan? necesito presupuesto para el lunes")]
    [InlineData("avete ancora posto x 3 stasera?")]
    [InlineData("stp vous avez encore de la place samedi")]
    [InlineData("Hebt ge nog plek zaterdag?")]
    [InlineData("Habt ihr noch n Termin frei bzw. morgen früh?")]
    [InlineData("tenés lugar el finde largo para 2?")]
    public void Score_RegionalFormsAndAbbreviations_IsLead(string text)
    {
        Assert.True(Score(text).IsLead, Explain(Score(text)));
    }

    [Theory]
    [InlineData("is the green sofa still availible?", LeadIntent.Availability)]
    [InlineData("how mutch for two of the small ones", LeadIntent.Price)]
    public void Score_TypoInKeyWord_StillLeadWithIntent(string text, LeadIntent intent)
    {
        var result = Score(text);

        AssertLead(result, intent);
    }

    [Theory]
    [InlineData("do you ship to Ireland and how much is postage?", LeadIntent.Price)]
    [InlineData("any appointments left Saturday?", LeadIntent.Availability)]
    [InlineData("my current gym has broken machines every week, do you have a no-contract option? sick of it", LeadIntent.Switching)]
    [InlineData("El color se ha ido en una semana. Si me lo retocan, vuelvo.", LeadIntent.ServiceRecovery)]
    public void Score_Intent_IsItsOwnDecisionWithEvidence(string text, LeadIntent intent)
    {
        var result = Score(text, text.StartsWith("El color", StringComparison.Ordinal) ? EngagementKind.Review : EngagementKind.Comment, text.StartsWith("El color", StringComparison.Ordinal) ? 2 : null);

        AssertLead(result, intent);
        Assert.NotEmpty(result.IntentEvidence);
        Assert.All(result.IntentEvidence, e => Assert.True(e.Weight > 0));
        Assert.All(result.IntentEvidence, e => Assert.InRange(e.Start + e.Length, 0, text.Length));
    }

    [Fact]
    public void Score_NotLead_HasNoIntentEvidence()
    {
        var result = Score("Beautiful photo, well done team!");

        Assert.False(result.IsLead);
        Assert.Empty(result.IntentEvidence);
    }
}
