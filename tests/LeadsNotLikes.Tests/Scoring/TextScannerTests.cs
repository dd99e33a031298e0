using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

public sealed class TextScannerTests
{
    [Theory]
    [InlineData("PRÉCIO", "precio")]
    [InlineData("Straße", "strasse")]
    [InlineData("pleeease", "please")]
    [InlineData("book", "book")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("disponibilità", "disponibilita")]
    public void Scan_Word_FoldsCaseAccentsAndStretching(string word, string expected)
    {
        var (tokens, norm) = Scan(word);

        var token = Assert.Single(tokens);
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal(expected, norm.Substring(token.NormStart, token.NormLength));
    }

    [Fact]
    public void Scan_MixedText_SpansIndexTheOriginalText()
    {
        const string text = "  Hi @jess.k, mail me: anna@example.com or 07700 900123 ➜ t.co/x1";

        var (tokens, _) = Scan(text);

        Assert.Contains(tokens, t => t.Kind == TokenKind.Handle && text.Substring(t.Start, t.Length) == "@jess.k");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Email && text.Substring(t.Start, t.Length) == "anna@example.com");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Phone && text.Substring(t.Start, t.Length) == "07700 900123");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Url && text.Substring(t.Start, t.Length) == "t.co/x1");
    }

    [Fact]
    public void Scan_ApostropheAndHyphen_SplitWordsWithoutTokens()
    {
        var (tokens, norm) = Scan("dm'd walk-ins");

        Assert.Equal(["dm", "d", "walk", "ins"], tokens.Select(t => norm.Substring(t.NormStart, t.NormLength)));
    }

    [Fact]
    public void Scan_EmojiWithSkinToneAndRepeatedPunctuation_OneTokenEach()
    {
        const string text = "👍🏽???";

        var (tokens, _) = Scan(text);

        Assert.Equal(2, tokens.Length);
        Assert.Equal((TokenKind.Emoji, 0, 4), (tokens[0].Kind, tokens[0].Start, tokens[0].Length));
        Assert.Equal((TokenKind.Punctuation, 4, 3), (tokens[1].Kind, tokens[1].Start, tokens[1].Length));
    }

    [Fact]
    public void Scan_ShortNumbers_AreNumbersNotPhones()
    {
        var (tokens, _) = Scan("table for 12 on the 15th, order 55812");

        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Phone);
        Assert.Equal(3, tokens.Count(t => t.Kind == TokenKind.Number));
    }

    private static (Token[] Tokens, string Norm) Scan(string text)
    {
        var tokens = new Token[text.Length];
        var norm = new char[TextScanner.NormCapacity(text.Length)];
        var count = TextScanner.Scan(text, tokens, norm);
        return (tokens[..count], new string(norm));
    }
}
