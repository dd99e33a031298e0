namespace LeadsNotLikes.Scoring;

/// <summary>
/// Folds characters to the lexicon's alphabet: lower case, accents removed (é→e, ß→ss, œ→oe), so
/// "CAFÉ", "cafe" and "Café" meet. Covers Latin-1 and Latin Extended-A, which spans the seven languages.
/// </summary>
internal static class CharFolding
{
    private const int TableSize = 0x250;

    // Each entry: folded form of one lower-case character (first char = source, rest = target).
    private static readonly string[] Groups =
    [
        "aàáâãäåāăą", "cçćĉċč", "dďđð", "eèéêëēĕėęě", "gĝğġģ", "hĥħ", "iìíîïĩīĭįı", "jĵ", "kķ",
        "lĺļľŀł", "nñńņňŉ", "oòóôõöøōŏő", "rŕŗř", "sśŝşšſ", "tţťŧ", "uùúûüũūŭůűų", "wŵ", "yýÿŷ", "zźżž",
    ];

    private const char NotWord = '\0';
    private const char Expand = '\u0004';

    private static readonly char[] ExpandedFrom = ['ß', 'æ', 'œ', 'þ'];
    private static readonly string[] Expansions = ["ss", "ae", "oe", "th"];
    private static readonly char[] Table = BuildTable();

    /// <summary>
    /// Writes the folded form of <paramref name="c"/> into <paramref name="destination"/> and returns how
    /// many characters were written (0 for characters that are not letters or digits, 1 or 2 otherwise).
    /// </summary>
    public static int Fold(char c, Span<char> destination)
    {
        if (c < TableSize)
        {
            var folded = Table[c];
            if (folded > Expand)
            {
                destination[0] = folded;
                return 1;
            }

            if (folded == NotWord)
            {
                return 0;
            }

            var pair = Expansions[folded - 1];
            destination[0] = pair[0];
            destination[1] = pair[1];
            return 2;
        }

        if (char.IsLetterOrDigit(c))
        {
            // Letters of other scripts stay as they are: they never match the lexicon but still form words.
            destination[0] = char.ToLowerInvariant(c);
            return 1;
        }

        return 0;
    }

    /// <summary>True for characters that belong inside a word (letters, digits, combining marks).</summary>
    public static bool IsWordChar(char c) =>
        c < TableSize
            ? Table[c] != NotWord || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Apostrophes and hyphens join the parts of "dm'd" or "walk-in" without being tokens themselves.</summary>
    public static bool IsJoiner(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`' or '´' or '-' or '‐';

    /// <summary>One lookup per character: the folded letter, an expansion index (1-4) or 0 for non-word characters.</summary>
    private static char[] BuildTable()
    {
        var single = new char[TableSize];
        foreach (var group in Groups)
        {
            for (var i = 1; i < group.Length; i++)
            {
                single[group[i]] = group[0];
            }
        }

        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            if (!char.IsLetterOrDigit(ch))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            var expansion = Array.IndexOf(ExpandedFrom, lower);
            table[c] = expansion >= 0 ? (char)(expansion + 1)
                : lower < TableSize && single[lower] != NotWord ? single[lower]
                : lower;
        }

        return table;
    }
}
