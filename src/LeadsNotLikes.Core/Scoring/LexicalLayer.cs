using System.Collections.Frozen;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// The learned lexical back-off: word unigrams and bigrams of the folded text ("cuanto", "how much",
/// "nog plek") with small weights learned from the labeled files, strongly pulled toward zero, that correct the
/// cue features where they are silent or wrong. A gram's weight is named <c>lex:&lt;gram&gt;</c> in the model
/// (and <c>intent:&lt;intent&gt;:lex:&lt;gram&gt;</c> for the intent decision), so the evidence of a comment
/// shows the words themselves. Grams are the folded words (see <see cref="TextScanner"/>); a bigram is two
/// adjacent words joined by one space. Each gram counts once per text.
/// </summary>
internal sealed class LexicalLayer
{
    /// <summary>Prefix of a lexical weight's feature name.</summary>
    public const string Prefix = LeadModel.LexicalPrefix;

    private const int MaxGramLength = 64;

    // Each word that is a gram or opens a bigram gram: its unigram index (-1 if none) and whether to look up the pair.
    private readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bigrams;

    /// <param name="grams">The grams the layer knows, without the prefix; their order gives their index.</param>
    public LexicalLayer(IReadOnlyList<string> grams)
    {
        ArgumentNullException.ThrowIfNull(grams);
        Grams = grams;
        var words = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < grams.Count; index++)
        {
            var gram = grams[index];
            var space = gram.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                words[gram] = words.GetValueOrDefault(gram, WordEntry.None) with { Unigram = index };
            }
            else
            {
                var first = gram[..space];
                words[first] = words.GetValueOrDefault(first, WordEntry.None) with { OpensBigram = true };
                bigrams[gram] = index;
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _bigrams = bigrams.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The known grams, by index.</summary>
    public IReadOnlyList<string> Grams { get; }

    public int Count => Grams.Count;

    /// <summary>
    /// Every distinct gram of <paramref name="text"/> with the span of its first occurrence (training uses this
    /// to build its vocabulary).
    /// </summary>
    public static List<(string Gram, int Start, int Length)> Enumerate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(string, int, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var length = Math.Max(text.Length, 1);
        var tokens = new Token[length];
        var norm = new char[TextScanner.NormCapacity(length)];
        var count = TextScanner.Scan(text, tokens, norm);
        for (var t = 0; t < count; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = new string(norm, tokens[t].NormStart, tokens[t].NormLength);
            if (seen.Add(word))
            {
                result.Add((word, tokens[t].Start, tokens[t].Length));
            }

            if (t + 1 < count && tokens[t + 1].Kind == TokenKind.Word)
            {
                var bigram = word + " " + new string(norm, tokens[t + 1].NormStart, tokens[t + 1].NormLength);
                if (seen.Add(bigram))
                {
                    result.Add((bigram, tokens[t].Start, tokens[t + 1].Start + tokens[t + 1].Length - tokens[t].Start));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Finds the known grams of a text scanned by <see cref="TextScanner.Scan"/>, each once, in reading order; writes
    /// their index and span to <paramref name="hits"/> (which must hold two entries per token) and returns how many.
    /// </summary>
    internal int Match(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, Span<LexicalHit> hits)
    {
        if (Grams.Count == 0)
        {
            return 0;
        }

        var count = tokens.Length;
        Span<char> pair = stackalloc char[(MaxGramLength * 2) + 1];
        var n = 0;
        for (var t = 0; t < count; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = norm.Slice(tokens[t].NormStart, tokens[t].NormLength);
            if (!_words.TryGetValue(word, out var entry))
            {
                continue;
            }

            if (entry.Unigram >= 0)
            {
                n = Add(hits, n, entry.Unigram, tokens[t].Start, tokens[t].Length);
            }

            if (entry.OpensBigram && t + 1 < count && tokens[t + 1].Kind == TokenKind.Word
                && word.Length <= MaxGramLength && tokens[t + 1].NormLength <= MaxGramLength)
            {
                // The two words are adjacent in the folded buffer only by accident; copy them with one space.
                word.CopyTo(pair);
                pair[word.Length] = ' ';
                var second = norm.Slice(tokens[t + 1].NormStart, tokens[t + 1].NormLength);
                second.CopyTo(pair[(word.Length + 1)..]);
                if (_bigrams.TryGetValue(pair[..(word.Length + 1 + second.Length)], out var bigram))
                {
                    n = Add(hits, n, bigram, tokens[t].Start, tokens[t + 1].Start + tokens[t + 1].Length - tokens[t].Start);
                }
            }
        }

        return n;
    }

    private static int Add(Span<LexicalHit> hits, int n, int gram, int start, int length)
    {
        for (var h = 0; h < n; h++)
        {
            if (hits[h].Gram == gram)
            {
                return n;
            }
        }

        hits[n] = new LexicalHit(gram, start, length);
        return n + 1;
    }

    /// <summary>What the layer knows of one word: its unigram's index (-1 if none) and whether a bigram starts with it.</summary>
    private readonly record struct WordEntry(int Unigram, bool OpensBigram)
    {
        public static WordEntry None { get; } = new(-1, false);
    }
}

/// <summary>A known gram found in a text: its index in the layer and the span of the original text.</summary>
internal readonly record struct LexicalHit(int Gram, int Start, int Length);
