using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Digest;

/// <summary>
/// The parts of a lead's text the digest highlights: its positive evidence, merged where spans touch or overlap. A
/// span of punctuation alone (the scorer's question feature is the '?' or '¿' itself) means nothing to a reader, so it
/// grows into the phrase it ends ("how much for 4?", from the first evidence or the start of its clause) or, after an
/// opening '¿' or '¡', the phrase it starts; a phrase longer than <see cref="MaxPhrase"/> characters, or with no word
/// in it, is not highlighted. The lexical back-off's word grams (<c>lex:</c>) are not highlighted either: their points
/// stay in the stored explanation, but "ich" or "was" moving a score a few points tells a reader nothing.
/// </summary>
internal static class EvidenceSpans
{
    /// <summary>Longest phrase a lone punctuation mark grows into, in characters.</summary>
    internal const int MaxPhrase = 100;

    public static List<(int Start, int End)> Of(string text, IReadOnlyList<Evidence> evidence)
    {
        var positive = evidence
            .Where(e => e.Weight > 0 && !e.Cue.StartsWith(LeadModel.LexicalPrefix, StringComparison.Ordinal) && e.Start >= 0 && e.Length > 0 && e.Start + e.Length <= text.Length)
            .Select(e => (e.Start, End: e.Start + e.Length))
            .ToList();
        var words = positive.Where(s => !PunctuationOnly(text, s.Start, s.End)).ToList();
        var spans = new List<(int Start, int End)>(words);
        foreach (var mark in positive.Where(s => PunctuationOnly(text, s.Start, s.End)))
        {
            var (start, end) = text[mark.Start] is '¿' or '¡' ? PhraseStartedBy(text, mark) : PhraseEndedBy(text, mark, words);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (end - start <= MaxPhrase && HasWord(text, start, end))
            {
                spans.Add((start, end));
            }
        }

        return Merge(spans);
    }

    private static (int Start, int End) PhraseEndedBy(string text, (int Start, int End) mark, List<(int Start, int End)> words)
    {
        var start = mark.Start;
        while (start > 0 && !EndsClause(text, start - 1))
        {
            start--;
            if (text[start] is '¿' or '¡')
            {
                break;
            }
        }

        // From the first evidence of the clause, if any: "Hi Anna how much for 4?" highlights "how much for 4?".
        foreach (var word in words)
        {
            if (word.Start >= start && word.Start < mark.Start)
            {
                start = word.Start;
                break;
            }
        }

        return (start, PunctuationRunEnd(text, mark.End));
    }

    private static (int Start, int End) PhraseStartedBy(string text, (int Start, int End) mark)
    {
        var end = mark.End;
        while (end < text.Length && !EndsClause(text, end))
        {
            end++;
        }

        return (mark.Start, PunctuationRunEnd(text, end));
    }

    /// <summary>Past the run of punctuation at <paramref name="at"/> ("?!", "???").</summary>
    private static int PunctuationRunEnd(string text, int at)
    {
        while (at < text.Length && char.IsPunctuation(text[at]) && text[at] is not ('¿' or '¡'))
        {
            at++;
        }

        return at;
    }

    /// <summary>True when text[i] ends a clause: . , only before a space or the end (not "4.5", "1,000").</summary>
    private static bool EndsClause(string text, int i) => text[i] switch
    {
        '?' or '!' or ';' or '…' or '\n' => true,
        '.' or ',' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static bool PunctuationOnly(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsPunctuation(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWord(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }
}
