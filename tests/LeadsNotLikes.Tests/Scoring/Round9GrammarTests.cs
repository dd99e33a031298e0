using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// One test (or a pair: what fires and what must not) per general mechanism added in the ninth round: switching told
/// as being fed up with, let down by or overcharged by the provider one has, friend-tag purchases in the first person
/// plural, set-aside orders, redress as "all I ask", the service area asked, Portuguese "no" before a day, firms and
/// newly qualified people offering themselves, and rough figures asked for. Every sentence was invented for these
/// tests; none is taken from a labeled file.
/// </summary>
public sealed class Round9GrammarTests
{
    [Theory]
    [InlineData("The garage in town wants 400 for a clutch, honestly done with them. What would you charge?")]
    [InlineData("Mi gimnasio me sube la cuota otra vez, estoy harto. ¿Cuánto cuesta la mensualidad con ustedes?")]
    [InlineData("Mon coiffeur me demande 90 pour une coupe, j'en ai assez. Vous prenez de nouveaux clients ?")]
    [InlineData("A operadora aumentou o preço de novo, estou farto. Vocês têm plano de fibra na minha rua?")]
    [InlineData("Il mio commercialista mi chiede 1200 all'anno, non ne posso più. Quanto chiedete voi per una partita iva?")]
    [InlineData("Mein Stromanbieter hat schon wieder erhöht, mir reicht's. Was kostet bei euch ein Zweipersonenhaushalt?")]
    [InlineData("Onze schoonmaker vraagt 30 per uur en komt nooit op tijd, ik ben er klaar mee. Hebben jullie nog plek op dinsdag?")]
    public void Score_FedUpWithTheCurrentProviderBeforeAnAsk_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
        Assert.Contains(result.Evidence, e => e.Cue == "switching");
    }

    [Theory]
    [InlineData("Our usual florist has retired, do you do wedding table flowers?")]
    [InlineData("Nuestro catering nos dejó tirados para la comunión, ¿ustedes hacen menús para 60?")]
    [InlineData("Le traiteur nous a lâchés à deux semaines du mariage, vous êtes libres le 14 ?")]
    [InlineData("O buffet que contratamos nos deixou na mão, vocês fazem festa para 40 pessoas?")]
    [InlineData("Il fotografo ci ha dato buca per la cresima, siete liberi il 9?")]
    [InlineData("Unser DJ hat uns hängen lassen, habt ihr am Samstag noch Zeit?")]
    [InlineData("Onze vaste fotograaf gaat met pensioen, doen jullie ook bedrijfsfoto's?")]
    public void Score_ProviderWhoLetThemDownOrRetired_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
    }

    [Theory]
    [InlineData("I always went to the big salon on the high street but the prices keep climbing. Do you do balayage?")]
    [InlineData("Siempre iba a la peluquería de la esquina pero ha cambiado todo. ¿Hacéis mechas?")]
    [InlineData("Levava sempre o carro na oficina do meu tio, mas ele fechou. Vocês fazem revisão de carro a gás?")]
    [InlineData("Andavo sempre dal gommista sotto casa ma ora ha chiuso, fate anche il cambio gomme?")]
    [InlineData("Ik ging altijd naar de kapper om de hoek maar die is gestopt, knippen jullie ook kinderen?")]
    public void Score_WhereTheyAlwaysWentBeforeAnAsk_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
    }

    [Theory]
    [InlineData("The tutoring centre isn't working for my daughter, do you do one to one physics?")]
    [InlineData("La autoescuela no le está sirviendo a mi hijo, ¿dan clases de conducir los sábados?")]
    [InlineData("Die Nachhilfe bringt ihm nichts, gebt ihr auch Einzelstunden in Mathe?")]
    [InlineData("De bijles werkt echt niet voor onze dochter, geven jullie ook privéles?")]
    public void Score_ServiceThatNoLongerSuitsBeforeAnAsk_IsSwitching(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Switching);
    }

    [Fact]
    public void Score_PriceHikeToldWithoutAnAsk_IsNotALead()
    {
        var result = Score("prices went up everywhere this year, crazy times");

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("@lucia_p compremos dos para la cena de Navidad?")]
    [InlineData("@julien.b on en commande deux pour l'anniversaire de Léa ?")]
    [InlineData("@rafa.m fechamos esse para o chá de bebê?")]
    [InlineData("@giulia_r la ordiniamo per la festa di Marco?")]
    [InlineData("@sanne.k jij bestelt, ik betaal, deal?")]
    [InlineData("@tom_h bestellen wir die für Omas Geburtstag?")]
    [InlineData("@amy.r shall we order the big one for mum's party?")]
    public void Score_FriendTaggedWithAPurchaseInTheFirstPersonPlural_IsPurchase(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Purchase);
    }

    [Theory]
    [InlineData("could you put one aside for me, I'll pick it up Friday after work")]
    [InlineData("guárdame dos barras de centeno para el sábado, paso a las diez")]
    [InlineData("mettez-moi de côté une galette des rois, je passe demain midi")]
    [InlineData("separa pra mim dois potes de doce de leite, passo aí amanhã")]
    [InlineData("mi tenete da parte una colomba? passo giovedì pomeriggio")]
    [InlineData("legt mir bitte zwei Laib Bauernbrot zurück, ich komme morgen früh")]
    [InlineData("Leg voor mij een taart apart, ik kom vrijdag langs")]
    [InlineData("Zet voor mij zes croissants apart, ik haal ze zondag op")]
    public void Score_SetItAsideForMe_IsPurchase(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Purchase);
    }

    [Theory]
    [InlineData("Sofa delivered with a torn cushion. All I ask is a new cover, then we're fine.", 2)]
    [InlineData("El horno llegó con la puerta rota. Solo pido que me manden la pieza o me lo cambien.", 1)]
    [InlineData("La bici è arrivata con il cambio storto. Chiedo solo che me la sostituiate o mi rimborsiate.", 2)]
    [InlineData("Die Lampe kam zerbrochen an. Ich will nur eine neue Lampe, sonst nichts.", 1)]
    [InlineData("A mesa veio riscada. Ou resolvem ou quero meu dinheiro de volta.", 1)]
    [InlineData("De kast kwam beschadigd aan. Ik wil alleen mijn geld terug of een nieuwe deur.", 1)]
    public void Score_ComplaintWithAllTheyAskFor_IsServiceRecovery(string text, int rating)
    {
        var result = Score(text, EngagementKind.Review, rating);

        AssertLead(result, LeadIntent.ServiceRecovery);
    }

    [Theory]
    [InlineData("do you come out to Little Haven? the boiler is making a racket")]
    [InlineData("venite anche a Portici? mi perde il rubinetto della cucina")]
    [InlineData("kommt ihr auch nach Baden raus? Die Heizung tropft")]
    [InlineData("vous intervenez à Wavre le week-end ? plus d'eau chaude")]
    [InlineData("komen jullie ook naar Zwolle? de cv-ketel doet raar")]
    [InlineData("vocês vêm até Niterói? o portão eletrônico travou")]
    public void Score_WhetherTheyComeOutToAPlace_IsAvailability(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Availability);
    }

    [Fact]
    public void Score_PortugueseNoBeforeADay_IsNotANegator()
    {
        var result = Score("Vocês atendem no sábado? O meu cão está a coxear");

        Assert.DoesNotContain(result.Evidence, e => e.Cue == "negated-cue");
        AssertLead(result, LeadIntent.Availability);
    }

    [Fact]
    public void Score_SpanishNoBeforeAVerb_StillNegates()
    {
        var result = Score("no reservo nada, solo miraba");

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("Somos productores de miel en Teruel y nos encantaría que probarais nuestros tarros. ¿Con quién hablo?")]
    [InlineData("Siamo un'azienda di tovagliato per ristoranti, vi possiamo mandare un preventivo?")]
    [InlineData("Bonjour, on peut vous aider à refaire votre carte, je vous envoie nos tarifs ?")]
    [InlineData("Wij zijn een bedrijf in bedrukte servetten, interesse in onze prijzen?")]
    [InlineData("Somos produtores de queijo da Serra e gostaríamos de apresentar os nossos produtos. Com quem posso falar?")]
    [InlineData("Hi, we can help you get more bookings, can I send you our price list?")]
    [InlineData("Guten Tag, als Weinhändler aus der Pfalz würden wir Ihnen gern ein Angebot machen. Wer ist zuständig?")]
    public void Score_FirmIntroducingItselfOrOfferingToDoSomething_IsNotALead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("Cercate praticanti? Mi sono abilitata da poco e mi piacerebbe lavorare con voi")]
    [InlineData("Are you taking on trainees? Just qualified and keen to learn")]
    [InlineData("Procuram instrutores? Acabei de me formar e tenho credencial")]
    [InlineData("Zoeken jullie nog iemand? Net afgestudeerd als tandartsassistent")]
    public void Score_NewlyQualifiedOfferingThemselves_IsNotALead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("bräuchte eine grobe Preisvorstellung für ein Carport")]
    [InlineData("mi servirebbe un prezzo indicativo per rifare il tetto")]
    [InlineData("une fourchette de prix pour une terrasse en bois de 20m2 ?")]
    [InlineData("preciso de um valor aproximado para pintar um T2")]
    [InlineData("graag een prijsindicatie voor een dakkapel")]
    [InlineData("just need a ballpark for a new boiler fitted")]
    public void Score_RoughFigureAskedFor_IsPrice(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Price);
    }

    [Theory]
    [InlineData("Hello, who is the sales rep for the north west? We have 30 vans to kit out.")]
    [InlineData("Buenas, ¿quién es el comercial de zona para Galicia? Somos una cadena de 12 tiendas.")]
    [InlineData("Bonjour, qui est le commercial pour la Wallonie ? Nous avons 15 agences.")]
    [InlineData("Olá, quem é o comercial responsável pelo Algarve? Temos três hotéis.")]
    [InlineData("Buongiorno, potrebbe contattarmi il referente per la Toscana? Abbiamo due negozi a Prato.")]
    [InlineData("Guten Tag, wer ist für Großkunden zuständig? Wir haben 80 Mitarbeitende.")]
    [InlineData("Goedemiddag, wie kan ik spreken over een contract voor 25 laptops?")]
    public void Score_PersonInChargeAskedFor_IsContact(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Contact);
    }

    [Theory]
    [InlineData("@marta_v @joana.s brunch here on Sunday, who's in?")]
    [InlineData("@chiara @fede cena di classe qui a giugno, chi ci sta?")]
    [InlineData("@bia @lu rodízio aqui sexta, quem topa?")]
    [InlineData("@jonas @lea Samstag hier frühstücken, wer ist dabei?")]
    public void Score_WhoIsInPutToTaggedFriends_IsALead(string text)
    {
        var result = Score(text);

        Assert.True(result.IsLead, Explain(result));
        Assert.Contains(result.Evidence, e => e.Cue == "tag-plan");
    }

    [Fact]
    public void Score_WhoeverComesNextInAReview_IsNoPlan()
    {
        var result = Score("Quarto pequeno e barulhento. Fica a dica para quem vem depois.", EngagementKind.Review, 2);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("Pouvez-vous me prendre mardi matin pour une vidange ? Clio 3")]
    [InlineData("¿Me hacéis un hueco el viernes para cortar y barba?")]
    [InlineData("Consegue me encaixar sábado de manhã pra fazer as unhas?")]
    [InlineData("Mi prendete giovedì pomeriggio per un taglio?")]
    [InlineData("Nehmt ihr mich Freitag noch dran? Nur Spitzen schneiden")]
    [InlineData("Kunnen jullie mij woensdag inplannen voor een APK?")]
    [InlineData("Can I get in with Priya on Saturday for a trim?")]
    public void Score_AskingToBeTakenOnADay_IsBooking(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Booking);
    }

    [Theory]
    [InlineData("que harina usan para la masa? quiero hacerla en casa este finde")]
    [InlineData("vocês usam manteiga ou margarina? vou tentar fazer em casa")]
    [InlineData("che lievito usate? voglio provare a farlo a casa")]
    [InlineData("welches Mehl nehmt ihr? Ich will das zu Hause nachbacken")]
    [InlineData("what flour do you use? going to try making it at home")]
    public void Score_QuestionFromSomeoneWhoWillMakeItThemselves_IsNotALead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("Secondo voi ha ancora senso imparare il francese a scuola?")]
    [InlineData("Vocês acham que ainda vale a pena aprender a conduzir hoje?")]
    [InlineData("Was meint ihr, braucht man heute noch ein Festnetz?")]
    [InlineData("Wat vinden jullie, moet je nog een vaste lijn hebben vandaag?")]
    public void Score_OpinionAskedOfTheReaders_IsNotALead(string text)
    {
        var result = Score(text);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("Mi tenete due colombe per domenica? passo sabato sera")]
    [InlineData("Ich möchte drei Stollen für Weihnachten vorbestellen, geht das?")]
    [InlineData("On peut précommander la bûche pour le 24 ?")]
    [InlineData("Kan ik twee kerststollen voorbestellen voor zaterdag?")]
    public void Score_PreOrderOrKeepMeGoodsForADay_IsPurchase(string text)
    {
        var result = Score(text);

        AssertLead(result, LeadIntent.Purchase);
    }

    [Theory]
    [InlineData("Buongiorno, siamo un'azienda di trasporti e vorremmo un preventivo per l'assicurazione di 12 furgoni.")]
    [InlineData("Wij zijn een bedrijf met 30 medewerkers en zoeken een offerte voor nieuwe laptops.")]
    public void Score_CustomerFirmIntroducingItselfBeforeAnAsk_IsStillALead(string text)
    {
        var result = Score(text);

        Assert.True(result.IsLead, Explain(result));
    }

    [Fact]
    public void Score_RefundAlreadyMadeInItalian_IsNoRecoveryAsk()
    {
        var result = Score("Ordine arrivato in ritardo, ma mi hanno già rimborsati la spedizione. Ho ricomprato da un altro.", EngagementKind.Review, 2);

        Assert.False(result.IsLead, Explain(result));
    }

    [Theory]
    [InlineData("Spotless job on the gutters. We'll have you back in autumn for the roof tiles.")]
    [InlineData("Parquet impeccable, on vous refera appel au printemps pour l'escalier.")]
    [InlineData("Bagno perfetto, vi richiameremo a settembre per la cucina.")]
    [InlineData("Trabajo impecable en la terraza, os volveremos a llamar en primavera para la fachada.")]
    [InlineData("Super netjes geschilderd, we vragen jullie weer in het voorjaar voor de zolder.")]
    public void Score_SatisfiedCustomerHiringAgainForANextJob_IsBooking(string text)
    {
        var result = Score(text, EngagementKind.Review, 5);

        AssertLead(result, LeadIntent.Booking);
    }
}
