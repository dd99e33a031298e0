using System.Text;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Classifies a post's text into a <see cref="ContentType"/> by cue words in the scorer's seven languages (en, es,
/// de, fr, pt, nl, it), after folding case and accents. Explainable by construction: the result names the cue that
/// decided it. Each cue counts 2 (a bare question mark counts 1 towards <see cref="ContentType.Question"/>); the type
/// with most points wins, ties going to offer, proof, question, expertise, then personal. A cue ending in '*' matches
/// as a word prefix; other cues match whole words.
/// </summary>
public static class ContentClassifier
{
    private static readonly (ContentType Type, string[] Cues)[] Lexicon =
    [
        (ContentType.Offer,
        [
            "% off", "discount*", "sale", "special offer", "offer", "promo*", "deal", "deals", "coupon", "free shipping", "book now", "limited time", "voucher",
            "descuento*", "oferta*", "rebajas", "promocion*", "reserva ya", "cupon",
            "rabatt*", "angebot*", "aktion", "gutschein*", "jetzt buchen", "sonderpreis",
            "remise", "offre*", "soldes", "reduction*", "reservez",
            "desconto*", "promocao", "cupom", "reserve ja",
            "korting", "aanbieding*", "boek nu",
            "sconto", "sconti", "offerta*", "promozione*", "saldi", "prenota ora",
        ]),
        (ContentType.Proof,
        [
            "review", "reviews", "testimonial*", "before and after", "before/after", "results", "case study", "happy customer*", "client said", "5 stars", "five stars", "transformation",
            "antes y despues", "resena*", "testimonio*", "resultados", "cliente feliz", "clientes felices",
            "vorher nachher", "vorher/nachher", "bewertung*", "ergebnis*", "kundenstimme*", "zufriedene kunden",
            "avant/apres", "avant apres", "avis client*", "temoignage*", "resultats",
            "antes e depois", "depoimento*", "avaliacao", "avaliacoes", "cliente satisfeito",
            "voor en na", "resultaat", "klantervaring*", "tevreden klant*",
            "prima e dopo", "recensione", "recensioni", "risultati", "testimonianza", "cliente soddisfatto", "clienti soddisfatti",
        ]),
        (ContentType.Question,
        [
            "poll", "vote", "what do you think", "tell us", "would you rather", "which one", "your favourite", "your favorite", "comment below",
            "encuesta", "vota", "votad", "que opinas", "que opinais", "cual prefieres", "cuentanos",
            "umfrage", "abstimmen", "was meint ihr", "was denkt ihr", "sagt uns", "eure meinung", "welches gefallt",
            "sondage", "votez", "qu'en pensez", "dites-nous", "lequel preferez", "laquelle preferez",
            "enquete", "votem", "o que acham", "qual preferem", "conta pra gente", "contem pra gente",
            "peiling", "stem", "wat vinden jullie", "welke vind", "laat ons weten",
            "sondaggio", "votate", "cosa ne pensate", "quale preferite", "diteci",
        ]),
        (ContentType.Expertise,
        [
            "tip", "tips", "how to", "guide", "mistake*", "did you know", "advice", "myth*", "step by step", "checklist",
            "consejo*", "guia", "sabias que", "errores", "truco*", "como hacer", "paso a paso",
            "tipp*", "wie man", "anleitung", "wusstet ihr", "fehler", "ratgeber", "schritt fur schritt",
            "conseil*", "astuce*", "saviez-vous", "erreurs", "comment faire", "etape par etape",
            "dica*", "sabia que", "erros", "como fazer", "passo a passo",
            "wist je dat", "handleiding", "fouten", "stap voor stap", "hoe je",
            "consiglio", "consigli", "guida", "lo sapevi", "errori", "trucco", "trucchi", "come fare", "passo dopo passo",
        ]),
        (ContentType.Personal,
        [
            "anniversary", "years ago", "birthday", "thank you", "thanks to", "our team", "meet our", "milestone", "proud", "welcome", "celebrat*",
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
        var best = (Type: ContentType.Other, Points: 0, Cue: (string?)null);
        foreach (var (type, cues) in Lexicon)
        {
            var points = 0;
            string? first = null;
            foreach (var cue in cues)
            {
                if (Matches(folded, cue))
                {
                    points += 2;
                    first ??= cue.TrimEnd('*');
                }
            }

            if (type == ContentType.Question && folded.Contains('?', StringComparison.Ordinal))
            {
                points += 1;
                first ??= "?";
            }

            if (points > best.Points)
            {
                best = (type, points, first);
            }
        }

        return new ContentClassification(best.Type, best.Cue);
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

    private static bool Matches(string folded, string cue)
    {
        var prefix = cue.EndsWith('*');
        var word = prefix ? cue[..^1] : cue;
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var startOk = !char.IsLetter(word[0]) || at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var end = at + word.Length;
            var endOk = prefix || !char.IsLetter(word[^1]) || end == folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (startOk && endOk)
            {
                return true;
            }
        }

        return false;
    }
}
