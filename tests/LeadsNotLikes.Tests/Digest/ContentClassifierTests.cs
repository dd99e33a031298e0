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

    // A call to order or book, "orders/bookings open" in any word order, and seasonal offers, in each language. The
    // demo bakery's post was personal news: nothing named the offer and "celebrat*" matched "celebration cakes".
    [Theory]
    [InlineData("Christmas orders are open! Sourdough, stollen and celebration cakes, delivered across Leeds.", "orders are open")]
    [InlineData("Booking now open for our spring workshops", "booking now open")]
    [InlineData("Now taking orders for Easter", "taking orders")]
    [InlineData("Pre-order your Christmas hamper today", "pre-order")]
    [InlineData("Our Christmas hampers are here, filled with Yorkshire cheese", "christmas hampers")]
    [InlineData("¡Ya están abiertos los pedidos de Navidad!", "abiertos los pedidos")]
    [InlineData("Cestas navideñas, hechas a mano en Sevilla", "cestas navidenas")]
    [InlineData("Preventa del roscón: ya puedes reservar el tuyo", "ya puedes reservar")]
    [InlineData("Weihnachtsbestellungen sind ab sofort möglich", "weihnachtsbestellungen sind ab sofort moglich")]
    [InlineData("Unser Weihnachtsmenü ist da – mit Gans und Rotkohl", "weihnachtsmenu")]
    [InlineData("Les commandes de Noël sont ouvertes !", "commandes de noel sont ouvertes")]
    [InlineData("Précommandez votre bûche pour le réveillon", "precommande")]
    [InlineData("As encomendas de Natal estão abertas!", "encomendas de natal estao abertas")]
    [InlineData("Cabazes de Natal com produtos da quinta", "cabazes de natal")]
    [InlineData("Kerstbestellingen zijn open, ophalen op 24 december", "kerstbestellingen zijn open")]
    [InlineData("Onze kerstpakketten staan klaar", "kerstpakketten")]
    [InlineData("Sono aperti gli ordini per il panettone", "aperti gli ordini")]
    [InlineData("Prenotazioni aperte per i corsi di primavera", "prenotazioni aperte")]
    public void Classify_CallsToOrderAndSeasonalOffers_AreOffers(string text, string cue) =>
        Assert.Equal(new ContentClassification(ContentType.Offer, cue), ContentClassifier.Classify(text));

    [Fact]
    public void Classify_CallToOrder_OutweighsOneThanks() =>
        Assert.Equal(ContentType.Offer, ContentClassifier.Classify("Thank you for a wonderful year! Christmas orders are open.").Type);

    [Theory]
    [InlineData("Celebration cakes in every size")]
    [InlineData("Our orders ship on Monday. Open day on Saturday")]
    [InlineData("Orders for the big family party in the garden are open")]
    [InlineData("Our adventure box of wooden toys")]
    public void Classify_NoCallToOrder_IsNotAnOffer(string text) =>
        Assert.Equal(ContentType.Other, ContentClassifier.Classify(text).Type);

    [Fact]
    public void Classify_BareQuestionMark_IsAWeakQuestion() =>
        Assert.Equal(new ContentClassification(ContentType.Question, "?"), ContentClassifier.Classify("Ready for the weekend?"));

    [Fact]
    public void Classify_WholeWordsOnly() =>
        Assert.Equal(ContentType.Other, ContentClassifier.Classify("Salesforce integration is live").Type);

    [Fact]
    public void Classify_NoText_IsOther() => Assert.Equal(ContentType.Other, ContentClassifier.Classify(null).Type);
}
