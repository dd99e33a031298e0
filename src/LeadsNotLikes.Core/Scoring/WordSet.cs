namespace LeadsNotLikes.Scoring;

/// <summary>
/// A fixed list of folded words or stems (the grammar's pronouns, auxiliaries, openers, verb stems…), looked up by
/// span without allocating. Entries are grouped by length, so a probe compares the word only with the few entries
/// of its own length, and with none whose first letter differs (the grammar asks this dozens of times per text).
/// </summary>
internal sealed class WordSet
{
    private readonly string[][] _byLength;
    private readonly int[] _lengths;

    public WordSet(string[] words)
    {
        if (words.Length == 0 || words.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A word set needs words, none of them empty.", nameof(words));
        }

        var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
        _lengths = [.. distinct.Select(w => w.Length).Distinct().Order()];
        _byLength = new string[_lengths[^1] + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = [.. distinct.Where(w => w.Length == length)];
        }
    }

    /// <summary>True when <paramref name="word"/> is one of the entries.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length >= (uint)_byLength.Length)
        {
            return false;
        }

        foreach (var entry in _byLength[word.Length])
        {
            if (entry[0] == word[0] && word.SequenceEqual(entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the shortest entry that <paramref name="word"/> starts with, or 0 when none is.</summary>
    public int StemLength(ReadOnlySpan<char> word)
    {
        foreach (var length in _lengths)
        {
            if (length > word.Length)
            {
                break;
            }

            if (Contains(word[..length]))
            {
                return length;
            }
        }

        return 0;
    }
}
