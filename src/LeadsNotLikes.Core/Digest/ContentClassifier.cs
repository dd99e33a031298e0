using System.Text;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Classifies a post's text into a <see cref="ContentType"/> by cue words in the scorer's seven languages (en, es,
/// de, fr, pt, nl, it), after folding case and accents. Explainable by construction: the result names the cue that
/// decided it (for a pair, the words from one to the other as written, folded).
/// <list type="bullet">
/// <item>A cue counts 2 points; a call to order or book ("order now", "orders are open", "pre-order") counts 4,
/// because that is what the post is for, whatever else it celebrates or thanks; a bare question mark counts 1 towards
/// <see cref="ContentType.Question"/>. The type with most points wins, ties going to offer, proof, question,
/// expertise, then personal.</item>
/// <item>A cue ending in '*' matches as a word prefix, one starting with '*' as a word suffix (German and Dutch
/// compounds: "weihnachtsbestellungen", "kerstkorting"); other cues match whole words.</item>
/// <item>A pair matches when one of its words and one of its partners stand within three words of each other in
/// one clause, in either order ("orders are now open", "abiertos los pedidos"), or inside one compound word
/// ("kerstpakket"). Pairs carry the word-order variation of "orders/bookings open" and of seasonal offers
/// ("Christmas hampers", "cestas navideñas") that fixed phrases miss.</item>
/// </list>
/// </summary>
public static class ContentClassifier
{
    private const int CuePoints = 2;
    private const int CallPoints = 4;
    private const int MaxPairGap = 3;

    private static readonly ContentType[] TieOrder = [ContentType.Offer, ContentType.Proof, ContentType.Question, ContentType.Expertise, ContentType.Personal];

    private static readonly string[] OrdersOpen =
    [
        "orders", "order book*", "booking", "bookings", "reservations", "pre-orders", "preorders",
        "pedidos", "encargos", "reservas", "reservaciones",
        "*bestellungen", "buchungen", "reservierungen", "vorbestellungen",
        "commandes", "precommandes", "pre-commandes",
        "encomendas",
        "*bestellingen", "reserveringen", "boekingen",
        "ordini", "prenotazioni", "preordini",
    ];

    private static readonly string[] Open =
    [
        "open", "reopen", "welcome",
        "abiertos", "abiertas", "abrimos",
        "offen", "geoffnet", "moglich", "nehmen",
        "ouvertes", "ouverts", "ouverture", "ouvrons",
        "abertas", "abertos", "abrimos",
        "geopend",
        "aperti", "aperte", "apriamo",
    ];

    private static readonly string[] Holidays =
    [
        "christmas", "xmas", "festive", "easter", "valentine*", "mother's day", "mothers day", "father's day", "halloween", "thanksgiving",
        "navidad", "navidena*", "navideno*", "san valentin", "pascua", "dia de la madre", "dia del padre", "reyes",
        "weihnacht*", "advent", "advents*", "ostern", "oster*", "valentinstag", "muttertag", "vatertag", "nikolaus*",
        "noel", "paques", "saint-valentin", "fete des meres", "fete des peres",
        "natal", "natalin*", "pascoa", "dia das maes", "dia dos pais", "dia dos namorados",
        "kerst*", "pasen", "paas*", "valentijn*", "moederdag", "vaderdag", "sinterklaas",
        "natale", "natalizi*", "pasqua", "pasquale", "san valentino", "festa della mamma", "festa del papa",
    ];

    private static readonly string[] SeasonalGoods =
    [
        "special", "specials", "menu", "menus", "box", "boxes", "hamper*", "gift set*", "collection", "orders", "bundle*", "range",
        "especial", "especiales", "caja*", "cesta*", "lote*", "coleccion", "pedidos", "encargos",
        "*menu", "*menus", "*box", "*boxen", "*korb", "*korbe", "*korbchen", "*kollektion", "*sortiment", "*geschenk*", "*aktion",
        "coffret*", "panier*", "speciale*", "edition*", "commandes",
        "cardapio", "cabaz*", "caixa*", "kit*", "colecao", "encomendas",
        "*pakket*", "*collectie", "*aanbieding*", "*korting", "*bestellingen",
        "cesto*", "cesti", "cestin*", "collezione", "speciali", "ordini",
    ];

    private static readonly CueGroup[] Lexicon =
    [
        new(ContentType.Offer, CallPoints,
        [
            "order now", "order today", "order yours", "taking orders", "accepting orders", "taking bookings", "accepting bookings", "now booking",
            "book now", "book your", "reserve your", "pre-order*", "preorder*", "pre order*", "open for orders", "open for booking*",
            "reserva ya", "reserva tu", "haz tu pedido", "haz tu reserva", "pide ya", "encarga ya", "encarga tu", "ya puedes pedir",
            "ya puedes reservar", "ya puedes encargar", "aceptamos pedidos", "tomamos pedidos", "preventa", "pre-venta",
            "jetzt buchen", "jetzt bestellen", "jetzt reservieren", "jetzt vorbestellen", "vorbestell*",
            "reservez", "commandez", "precommande*", "pre-commande*", "prenons les commandes", "prenons vos commandes",
            "reserve ja", "encomende ja", "faca sua encomenda", "faca a sua encomenda", "faca seu pedido",
            "aceitamos encomendas", "pre-venda", "prevenda", "pre-encomenda*",
            "boek nu", "bestel nu", "nu bestellen", "nu te bestellen", "reserveer nu", "voorbestel*",
            "prenota ora", "prenota subito", "ordina ora", "ordina subito", "accettiamo ordini", "prendiamo ordini", "preordin*", "pre-ordin*",
        ]),
        new(ContentType.Offer, CallPoints, OrdersOpen, Open),
        new(ContentType.Offer, CuePoints, Holidays, SeasonalGoods),
        new(ContentType.Offer, CuePoints,
        [
            "% off", "discount*", "sale", "special offer", "offer", "promo*", "deal", "deals", "coupon", "free shipping", "limited time", "voucher",
            "black friday", "cyber monday", "gift card*", "gift voucher*", "limited edition",
            "descuento*", "oferta*", "rebajas", "promocion*", "cupon",
            "*rabatt*", "*angebot*", "aktion", "*gutschein*", "sonderpreis",
            "remise", "offre*", "soldes", "reduction*",
            "desconto*", "promocao", "cupom",
            "*korting", "*aanbieding*",
            "sconto", "sconti", "offerta*", "promozione*", "saldi",
        ]),
        new(ContentType.Proof, CuePoints,
        [
            "review", "reviews", "testimonial*", "before and after", "before/after", "results", "case study", "happy customer*", "client said", "5 stars", "five stars", "transformation",
            "antes y despues", "resena*", "testimonio*", "resultados", "cliente feliz", "clientes felices",
            "vorher nachher", "vorher/nachher", "bewertung*", "ergebnis*", "kundenstimme*", "zufriedene kunden",
            "avant/apres", "avant apres", "avis client*", "temoignage*", "resultats",
            "antes e depois", "depoimento*", "avaliacao", "avaliacoes", "cliente satisfeito",
            "voor en na", "resultaat", "klantervaring*", "tevreden klant*",
            "prima e dopo", "recensione", "recensioni", "risultati", "testimonianza", "cliente soddisfatto", "clienti soddisfatti",
        ]),
        new(ContentType.Question, CuePoints,
        [
            "poll", "vote", "what do you think", "tell us", "would you rather", "which one", "your favourite", "your favorite", "comment below",
            "encuesta", "vota", "votad", "que opinas", "que opinais", "cual prefieres", "cuentanos",
            "umfrage", "abstimmen", "was meint ihr", "was denkt ihr", "sagt uns", "eure meinung", "welches gefallt",
            "sondage", "votez", "qu'en pensez", "dites-nous", "lequel preferez", "laquelle preferez",
            "enquete", "votem", "o que acham", "qual preferem", "conta pra gente", "contem pra gente",
            "peiling", "stem", "wat vinden jullie", "welke vind", "laat ons weten",
            "sondaggio", "votate", "cosa ne pensate", "quale preferite", "diteci",
        ]),
        new(ContentType.Expertise, CuePoints,
        [
            "tip", "tips", "how to", "guide", "mistake*", "did you know", "advice", "myth*", "step by step", "checklist",
            "consejo*", "guia", "sabias que", "errores", "truco*", "como hacer", "paso a paso",
            "tipp*", "wie man", "anleitung", "wusstet ihr", "fehler", "ratgeber", "schritt fur schritt",
            "conseil*", "astuce*", "saviez-vous", "erreurs", "comment faire", "etape par etape",
            "dica*", "sabia que", "erros", "como fazer", "passo a passo",
            "wist je dat", "handleiding", "fouten", "stap voor stap", "hoe je",
            "consiglio", "consigli", "guida", "lo sapevi", "errori", "trucco", "trucchi", "come fare", "passo dopo passo",
        ]),
        new(ContentType.Personal, CuePoints,
        [
            // Verbs, not "celebrat*": "celebration cakes" are something to buy.
            "anniversary", "years ago", "birthday", "thank you", "thanks to", "our team", "meet our", "milestone", "proud", "welcome",
            "celebrate", "celebrates", "celebrated", "celebrating",
            "aniversario", "cumpleanos", "gracias", "nuestro equipo", "orgullos*", "celebramos",
            "jubilaum", "geburtstag", "danke", "unser team", "stolz", "feiern",
            "anniversaire", "merci", "notre equipe", "fiers", "fiere", "celebrons",
            "obrigad*", "nossa equipe", "orgulho*", "comemoramos",
            "jubileum", "verjaardag", "bedankt", "ons team", "trots", "vieren",
            "anniversario", "compleanno", "grazie", "il nostro team", "orgogliosi", "festeggiamo",
        ]),
    ];

    public static ContentClassification Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ContentClassification(ContentType.Other, null);
        }

        var folded = Fold(text);
        var points = new int[TieOrder.Length + 1];
        var cues = new string?[TieOrder.Length + 1];
        foreach (var group in Lexicon)
        {
            foreach (var cue in group.Cues)
            {
                var found = group.Partners is null ? Find(folded, cue) : FindPair(folded, cue, group.Partners);
                if (found is not null)
                {
                    points[(int)group.Type] += group.Points;
                    cues[(int)group.Type] ??= found;
                }
            }
        }

        if (folded.Contains('?', StringComparison.Ordinal))
        {
            points[(int)ContentType.Question] += 1;
            cues[(int)ContentType.Question] ??= "?";
        }

        var best = ContentType.Other;
        foreach (var type in TieOrder)
        {
            if (points[(int)type] > points[(int)best])
            {
                best = type;
            }
        }

        return new ContentClassification(best, cues[(int)best]);
    }

    /// <summary>Lower case, accents removed (via the scorer's folding), punctuation kept, whitespace collapsed.</summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[2];
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] != ' ')
                {
                    folded.Append(' ');
                }

                continue;
            }

            var n = char.IsLetterOrDigit(c) ? CharFolding.Fold(c, buffer) : 0;
            if (n == 0)
            {
                folded.Append(c == '\u2019' ? '\'' : c);
            }
            else
            {
                folded.Append(buffer[..n]);
            }
        }

        return folded.ToString();
    }

    /// <summary>The cue as named (without its '*'), when it occurs in <paramref name="folded"/>.</summary>
    private static string? Find(string folded, string cue) => Occurrences(folded, cue).Any() ? cue.Trim('*') : null;

    /// <summary>
    /// The words from <paramref name="cue"/> to one of its <paramref name="partners"/> (or back), as folded, when
    /// they stand within <see cref="MaxPairGap"/> words of each other in one clause or share one compound word.
    /// </summary>
    private static string? FindPair(string folded, string cue, string[] partners)
    {
        foreach (var (start, end) in Occurrences(folded, cue))
        {
            foreach (var partner in partners)
            {
                foreach (var (pStart, pEnd) in Occurrences(folded, partner))
                {
                    var from = Math.Min(start, pStart);
                    var to = Math.Max(end, pEnd);
                    var oneWord = pStart < end && start < pEnd;
                    if (oneWord || InOneClause(folded, Math.Min(end, pEnd), Math.Max(start, pStart)))
                    {
                        return folded[from..to];
                    }
                }
            }
        }

        return null;
    }

    /// <summary>True when <c>folded[from..to]</c> holds no clause break and at most <see cref="MaxPairGap"/> words.</summary>
    private static bool InOneClause(string folded, int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            var c = folded[i];
            if (c is '.' or '!' or '?' or ';' or ',' or '\u2026')
            {
                return false;
            }

            if (char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(folded[i - 1])) && ++words > MaxPairGap)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where <paramref name="cue"/> occurs as words: whole words, or with '*' at its end (start) as a prefix (suffix)
    /// of a word, whose span then covers that whole word.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Occurrences(string folded, string cue)
    {
        var suffix = cue.StartsWith('*');
        var prefix = cue.EndsWith('*');
        var word = cue.Trim('*');
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var start = at;
            var end = at + word.Length;
            var startOk = suffix || !char.IsLetter(word[0]) || at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var endOk = prefix || !char.IsLetter(word[^1]) || end == folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (startOk && endOk)
            {
                while (start > 0 && char.IsLetterOrDigit(folded[start - 1]))
                {
                    start--;
                }

                while (end < folded.Length && char.IsLetterOrDigit(folded[end]))
                {
                    end++;
                }

                yield return (start, end);
            }
        }
    }

    /// <summary>
    /// Cues of one type worth <paramref name="Points"/> each; with <paramref name="Partners"/>, each cue is one side of
    /// a pair and counts only next to one of them.
    /// </summary>
    private sealed record CueGroup(ContentType Type, int Points, string[] Cues, string[]? Partners = null);
}
