using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>The grammar's word lists: exact words, and stems matched from a word's start.</summary>
public sealed class WordSetTests
{
    private static readonly WordSet Words = new(["you", "vous", "jullie", "u", "ihr", "vous"]);

    [Theory]
    [InlineData("you", true)]
    [InlineData("vous", true)]
    [InlineData("u", true)]
    [InlineData("jullie", true)]
    [InlineData("yours", false)]
    [InlineData("yo", false)]
    [InlineData("vouz", false)]
    [InlineData("", false)]
    [InlineData("youyouyouyouyou", false)]
    public void Contains_OnlyTheExactWords(string word, bool expected)
    {
        Assert.Equal(expected, Words.Contains(word));
    }

    [Theory]
    [InlineData("produzimos", 6)]
    [InlineData("produzia", 6)]
    [InlineData("livrons", 4)]
    [InlineData("liv", 0)]
    [InlineData("delivery", 0)]
    [InlineData("", 0)]
    public void StemLength_IsTheShortestStemTheWordStartsWith(string word, int expected)
    {
        var stems = new WordSet(["produziam", "produz", "livr"]);

        Assert.Equal(expected, stems.StemLength(word));
    }

    [Fact]
    public void New_EmptyWord_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new WordSet(["you", ""]));
    }
}
