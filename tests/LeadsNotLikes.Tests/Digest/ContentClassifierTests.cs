using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Tests.Digest;

public sealed class ContentClassifierTests
{
    [Theory]
    [InlineData("Which cake should we bake for Saturday? Vote below!", ContentType.Question, "vote")]
    [InlineData("¿Qué opinas del nuevo menú? Encuesta abierta", ContentType.Question, "encuesta")]
    [InlineData("Umfrage: welches Motiv für den Kalender?", ContentType.Question, "umfrage")]
    [InlineData("20% off all treatments this week only", ContentType.Offer, "% off")]
    [InlineData("Nur diese Woche: 15 % Rabatt auf alle Fenster", ContentType.Offer, "rabatt")]
    [InlineData("Soldes d'hiver : profitez de l'offre spéciale", ContentType.Offer, "offre")]
    [InlineData("Aproveite o desconto de inverno", ContentType.Offer, "desconto")]
    [InlineData("Deze week korting op alle zonnepanelen", ContentType.Offer, "korting")]
    [InlineData("Sconto del 10% su tutte le prenotazioni", ContentType.Offer, "sconto")]
    [InlineData("Before and after: this kitchen took 3 days", ContentType.Proof, "before and after")]
    [InlineData("Vorher/Nachher – das Bad von Familie K.", ContentType.Proof, "vorher/nachher")]
    [InlineData("Antes e depois da reforma da sala", ContentType.Proof, "antes e depois")]
    [InlineData("Prima e dopo: il giardino dei signori R.", ContentType.Proof, "prima e dopo")]
    [InlineData("3 tips to keep your boiler running all winter", ContentType.Expertise, "tips")]
    [InlineData("Wist je dat een dak 20% warmte verliest?", ContentType.Expertise, "wist je dat")]
    [InlineData("Astuce du jour : comment faire briller l'inox", ContentType.Expertise, "astuce")]
    [InlineData("Consejo: cómo elegir la pintura exterior", ContentType.Expertise, "consejo")]
    [InlineData("10 years ago today we opened our first shop. Thank you!", ContentType.Personal, "years ago")]
    [InlineData("Danke an unser Team für 5 Jahre!", ContentType.Personal, "danke")]
    [InlineData("Merci à notre équipe !", ContentType.Personal, "merci")]
    [InlineData("Our opening hours are 9 to 5", ContentType.Other, null)]
    public void Classify_FindsTheTypeAndNamesTheCue(string text, ContentType type, string? cue)
    {
        var result = ContentClassifier.Classify(text);

        Assert.Equal(new ContentClassification(type, cue), result);
    }

    [Fact]
    public void Classify_BareQuestionMark_IsAWeakQuestion() =>
        Assert.Equal(new ContentClassification(ContentType.Question, "?"), ContentClassifier.Classify("Ready for the weekend?"));

    [Fact]
    public void Classify_WholeWordsOnly() =>
        Assert.Equal(ContentType.Other, ContentClassifier.Classify("Salesforce integration is live").Type);

    [Fact]
    public void Classify_NoText_IsOther() => Assert.Equal(ContentType.Other, ContentClassifier.Classify(null).Type);
}
