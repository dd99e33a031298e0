using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

public sealed class CueLexiconTests
{
    private const string Source = """
        [price + price 8]
        en: how much | quote | € ?
        [rhetorical - none]
        en: how much did
        [booking + booking 6]
        en: reserv* | appointment | sent ~ message | table for <num>
        """;

    private static readonly CueLexicon Lexicon = CueLexicon.Parse(Source);

    [Theory]
    [InlineData("HOW MUCH for two?", "price", "HOW MUCH")]
    [InlineData("how much did they pay you", "rhetorical", "how much did")]
    [InlineData("Réservation possible?", "booking", "Réservation")]
    [InlineData("need an apointment", "booking", "apointment")]
    [InlineData("need an appiontment", "booking", "appiontment")]
    [InlineData("sent you guys a message", "booking", "sent you guys a message")]
    [InlineData("a table for 6 please", "booking", "table for 6")]
    [InlineData("€?", "price", "€?")]
    public void Match_Text_FindsFamilyAndExactSpan(string text, string family, string span)
    {
        var hits = Match(text);

        var hit = Assert.Single(hits);
        Assert.Equal(family, Lexicon.Families[hit.Family].Name);
        Assert.Equal(span, hit.Span);
    }

    [Theory]
    [InlineData("we need an apartment")]
    [InlineData("sent it by post, the message was")]
    [InlineData("a table for two")]
    [InlineData("€ is the currency")]
    public void Match_NearMisses_FindNothing(string text)
    {
        Assert.Empty(Match(text));
    }

    [Fact]
    public void Parse_SamePhraseInTwoFamilies_Throws()
    {
        const string source = """
            [a + price]
            en: how much
            [b - none]
            en: HOW MUCH
            """;

        var error = Assert.Throws<FormatException>(() => CueLexicon.Parse(source));
        Assert.Contains("already a cue of a", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vc faz entrega?", "voce faz")]
    [InlineData("VCS fazem entrega?", "voces fazem")]
    [InlineData("xq no contestan", "porque no")]
    public void Match_Alias_CountsAsTheWordItStandsFor(string text, string phrase)
    {
        var lexicon = CueLexicon.Parse($"""
            alias: vc = voce | vcs = voces | xq = porque | xq = perche
            [ask + purchase 4]
            pt: {phrase}
            es: {phrase}
            """);

        var tokens = new Token[text.Length];
        var norm = new char[TextScanner.NormCapacity(text.Length)];
        var count = TextScanner.Scan(text, tokens, norm);
        var hits = new CueHit[(count * 2) + 8];

        var found = lexicon.Match(norm, tokens.AsSpan(0, count), new int[count * CueLexicon.MaxTermsPerToken], new byte[count], hits);

        Assert.Equal(1, found);
        Assert.Equal(0, hits[0].First);
    }

    [Theory]
    [InlineData("availible", true)]
    [InlineData("avialable", true)]
    [InlineData("availabel", true)]
    [InlineData("unavailable", false)]
    [InlineData("avail", false)]
    public void Match_OneWrongLetterInLongWord_MatchesOnlyLongWords(string word, bool matches)
    {
        var lexicon = CueLexicon.Parse("""
            [availability + availability 7]
            en: available
            """);
        var tokens = new Token[word.Length];
        var norm = new char[TextScanner.NormCapacity(word.Length)];
        var count = TextScanner.Scan(word, tokens, norm);

        var found = lexicon.Match(norm, tokens.AsSpan(0, count), new int[count * CueLexicon.MaxTermsPerToken], new byte[count], new CueHit[10]);

        Assert.Equal(matches ? 1 : 0, found);
    }

    [Fact]
    public void Parse_PhraseBeforeHeader_Throws()
    {
        Assert.Throws<FormatException>(() => CueLexicon.Parse("en: how much"));
    }

    [Fact]
    public void Default_ShippedLexicon_LoadsAllSevenLanguages()
    {
        Assert.True(CueLexicon.Default.PhraseCount > 1500);
        foreach (var lang in new[] { "en:", "es:", "de:", "fr:", "pt:", "nl:", "it:" })
        {
            Assert.Contains(lang, Data(), StringComparison.Ordinal);
        }

        static string Data() => typeof(CueLexicon).Assembly.GetType("LeadsNotLikes.Scoring.CueSource")!
            .GetField("Text")!.GetValue(null) as string ?? string.Empty;
    }

    private static List<(int Family, string Span)> Match(string text)
    {
        var tokens = new Token[text.Length];
        var norm = new char[TextScanner.NormCapacity(text.Length)];
        var count = TextScanner.Scan(text, tokens, norm);
        var terms = new int[count * CueLexicon.MaxTermsPerToken];
        var termCounts = new byte[count];
        var hits = new CueHit[(count * 2) + 8];
        var found = Lexicon.Match(norm, tokens.AsSpan(0, count), terms, termCounts, hits);
        return [.. hits.Take(found).Select(h => (h.Family, text[tokens[h.First].Start..(tokens[h.Last].Start + tokens[h.Last].Length)]))];
    }
}
