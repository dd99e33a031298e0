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

    private static readonly char[] Single = BuildSingle();

    /// <summary>
    /// Writes the folded form of <paramref name="c"/> into <paramref name="destination"/> and returns how
    /// many characters were written (0 for characters that are not letters or digits, 1 or 2 otherwise).
    /// </summary>
    public static int Fold(char c, Span<char> destination)
    {
        if (c < 0x80)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                destination[0] = c;
                return 1;
            }

            if (c is >= 'A' and <= 'Z')
            {
                destination[0] = (char)(c + 32);
                return 1;
            }

            return 0;
        }

        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'ß':
                destination[0] = 's';
                destination[1] = 's';
                return 2;
            case 'æ':
                destination[0] = 'a';
                destination[1] = 'e';
                return 2;
            case 'œ':
                destination[0] = 'o';
                destination[1] = 'e';
                return 2;
            case 'þ':
                destination[0] = 't';
                destination[1] = 'h';
                return 2;
        }

        if (lower < TableSize && Single[lower] != '\0')
        {
            destination[0] = Single[lower];
            return 1;
        }

        if (char.IsLetterOrDigit(lower))
        {
            // Letters of other scripts stay as they are: they never match the lexicon but still form words.
            destination[0] = lower;
            return 1;
        }

        return 0;
    }

    /// <summary>True for characters that belong inside a word (letters, digits, combining marks).</summary>
    public static bool IsWordChar(char c) =>
        c < 0x80
            ? c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Apostrophes and hyphens join the parts of "dm'd" or "walk-in" without being tokens themselves.</summary>
    public static bool IsJoiner(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`' or '´' or '-' or '‐';

    private static char[] BuildSingle()
    {
        var table = new char[TableSize];
        foreach (var group in Groups)
        {
            for (var i = 1; i < group.Length; i++)
            {
                table[group[i]] = group[0];
            }
        }

        return table;
    }
}
