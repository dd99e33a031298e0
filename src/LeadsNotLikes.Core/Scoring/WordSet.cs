using System.Collections.Frozen;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// A fixed list of folded words or stems (the grammar's pronouns, auxiliaries, openers, verb stems…), looked up by
/// span without allocating: one hash probe per entry length instead of comparing the word with every entry.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;

    public WordSet(string[] words)
    {
        _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = [.. words.Select(w => w.Length).Distinct().Order()];
    }

    /// <summary>True when <paramref name="word"/> is one of the entries.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The length of the shortest entry that <paramref name="word"/> starts with, or 0 when none is.</summary>
    public int StemLength(ReadOnlySpan<char> word)
    {
        foreach (var length in _lengths)
        {
            if (length > word.Length)
            {
                break;
            }

            if (_lookup.Contains(word[..length]))
            {
                return length;
            }
        }

        return 0;
    }
}
