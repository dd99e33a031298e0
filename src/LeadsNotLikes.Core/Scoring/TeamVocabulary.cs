using System.Collections.Concurrent;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// A team's vocabulary folded like the text and indexed by first word, so matching costs one lookup per
/// token whatever the size of the vocabulary. Compiled once per distinct list of words and cached by
/// content: a profile rebuilt from stored settings for every event finds the compiled form again without
/// allocating.
/// </summary>
internal sealed class TeamVocabulary
{
    private const int MaxTermLength = 64;
    private const int MaxCached = 4096;

    private static readonly ConcurrentDictionary<int, TeamVocabulary> Cache = new();

    private readonly string[] _source;
    private readonly string[][] _terms;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private TeamVocabulary(string[] source)
    {
        _source = source;
        var terms = new List<string[]>();
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        Span<Token> tokens = stackalloc Token[MaxTermLength];
        Span<char> norm = stackalloc char[TextScanner.NormCapacity(MaxTermLength)];
        foreach (var term in source)
        {
            if (string.IsNullOrWhiteSpace(term) || term.Length > MaxTermLength)
            {
                continue;
            }

            var count = TextScanner.Scan(term, tokens, norm);
            var words = new string[count];
            for (var k = 0; k < count; k++)
            {
                words[k] = norm.Slice(tokens[k].NormStart, tokens[k].NormLength).ToString();
            }

            if (count == 0)
            {
                continue;
            }

            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add(terms.Count);
            terms.Add(words);
        }

        _terms = [.. terms];
        _byFirstWord = byFirst.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The compiled form of <paramref name="vocabulary"/>, from the cache when the same words were seen before.</summary>
    public static TeamVocabulary For(IReadOnlyList<string> vocabulary)
    {
        var hash = new HashCode();
        for (var i = 0; i < vocabulary.Count; i++)
        {
            hash.Add(vocabulary[i], StringComparer.Ordinal);
        }

        var key = hash.ToHashCode();
        if (Cache.TryGetValue(key, out var cached) && cached.Holds(vocabulary))
        {
            return cached;
        }

        var compiled = new TeamVocabulary([.. vocabulary]);
        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        Cache[key] = compiled;
        return compiled;
    }

    /// <summary>
    /// Finds the first term in the scanned text; the last word of a term may carry a plural ending
    /// ("balayages", "MOTs"). Returns false when no term occurs.
    /// </summary>
    public bool TryMatch(ReadOnlySpan<char> norm, ReadOnlySpan<Token> tokens, out int first, out int last)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var word = norm.Slice(tokens[t].NormStart, tokens[t].NormLength);
            for (var trim = 0; trim <= 2 && trim < word.Length - 2; trim++)
            {
                if (trim > 0 && word[^1] != 's')
                {
                    break;
                }

                if (!_byFirstWord.TryGetValue(word[..^trim], out var candidates))
                {
                    continue;
                }

                foreach (var term in candidates)
                {
                    if ((trim == 0 || _terms[term].Length == 1) && Rest(norm, tokens, t, _terms[term]))
                    {
                        first = t;
                        last = t + _terms[term].Length - 1;
                        return true;
                    }
                }
            }
        }

        first = last = -1;
        return false;
    }

    private static bool Rest(ReadOnlySpan<char> norm, ReadOnlySpan<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            var word = norm.Slice(tokens[start + k].NormStart, tokens[start + k].NormLength);
            var expected = words[k].AsSpan();
            var plural = k == words.Length - 1 && word.Length > expected.Length && word.Length <= expected.Length + 2
                && word[^1] == 's' && word.StartsWith(expected);
            if (!plural && !word.SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }

    private bool Holds(IReadOnlyList<string> vocabulary)
    {
        if (vocabulary.Count != _source.Length)
        {
            return false;
        }

        for (var i = 0; i < _source.Length; i++)
        {
            if (!string.Equals(vocabulary[i], _source[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
