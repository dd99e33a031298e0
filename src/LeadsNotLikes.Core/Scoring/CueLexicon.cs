namespace LeadsNotLikes.Scoring;

/// <summary>
/// The cue phrases of every family, compiled once into two automata: a character trie over folded words
/// (exact words, stems such as <c>reserv*</c>, and one-typo variants of long words) and a phrase trie over
/// the resulting term ids, so a text is matched in one pass without regular expressions or allocations.
/// </summary>
/// <remarks>
/// Source format (Data/CueSource.cs): a <c>[family sign intent rank]</c> header, then <c>lang: phrase | phrase</c> lines.
/// <c>alias: short = word | short = word</c> lines make an abbreviation or regional form count as the word it
/// stands for wherever that word appears in a phrase ("vc = voce", "xq = porque", "stp = svp"); one short form
/// may stand for words of several languages.
/// A phrase is words (scanned like the text), <c>stem*</c>, <c>*head</c> (a German or Dutch compound that ends
/// in head: "*anfrage" matches "Terminanfrage"), punctuation or emoji, and the placeholders
/// <c>&lt;num&gt; &lt;year&gt; &lt;handle&gt; &lt;email&gt; &lt;url&gt; &lt;phone&gt; &lt;emoji&gt;</c>, and <c>_</c> for any
/// one word inside a phrase, <c>~</c> for zero to three words ("sent ~ message" matches "sent you guys a message").
/// </remarks>
internal sealed class CueLexicon
{
    public const int MaxTermsPerToken = 8;

    private const int Alphabet = 36;
    private const int FuzzyMinLength = 7;
    private const int MinHeadStem = 3;
    private const int SubstitutionMinLength = 9;
    private const int Ambiguous = -2;
    private const int MaxGap = 3;

    private const string AnyWord = "_";

    private static readonly string[] Placeholders = ["<num>", "<year>", "<handle>", "<email>", "<url>", "<phone>", "<emoji>", AnyWord];

    // Character trie: dense transitions over a-z0-9, exact-word and stem term ids per node.
    private readonly int[] _charNext;
    private readonly int[] _exactTerm;
    private readonly int[] _stemTerm;
    private readonly string[] _heads;
    private readonly int[] _headTerms;
    private readonly int[]?[] _aliasTerms;

    // Punctuation and emojis, by their folded text.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _symbolTerms;

    // One-deletion variants of long exact words, for typos ("availble", "apointment").
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _deletes;
    private readonly string?[] _fuzzyWords;

    // Phrase trie: children of the root indexed by term id, deeper children by (node, term).
    private readonly int[] _rootNext;
    private readonly Dictionary<long, int> _phraseNext;
    private readonly int[] _nodeFamily;
    private readonly int[] _placeholderTerms;
    private readonly int _anyWord;

    private CueLexicon(Builder b)
    {
        Families = b.Families;
        _charNext = [.. b.CharNext];
        _exactTerm = [.. b.ExactTerm];
        _stemTerm = [.. b.StemTerm];
        _heads = [.. b.Heads.Select(h => h.Head)];
        _headTerms = [.. b.Heads.Select(h => h.Term)];
        _aliasTerms = new int[]?[_exactTerm.Length];
        foreach (var (node, aliasTerms) in b.Aliases)
        {
            _aliasTerms[node] = [.. aliasTerms];
        }

        _symbolTerms = b.SymbolTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        _deletes = b.Deletes.GetAlternateLookup<ReadOnlySpan<char>>();
        _fuzzyWords = new string?[b.TermCount];
        foreach (var (word, term) in b.FuzzyWords)
        {
            _fuzzyWords[term] = word;
        }

        _rootNext = new int[b.TermCount];
        Array.Fill(_rootNext, -1);
        foreach (var (term, node) in b.RootNext)
        {
            _rootNext[term] = node;
        }

        _phraseNext = b.PhraseNext;
        _nodeFamily = [.. b.NodeFamily];
        _placeholderTerms = b.PlaceholderTerms;
        _anyWord = b.PlaceholderTerms[^1];
        PhraseCount = b.PhraseCount;
    }

    public static CueLexicon Default { get; } = Parse(CueSource.Text);

    public IReadOnlyList<CueFamily> Families { get; }

    public int PhraseCount { get; }

    public static CueLexicon Parse(string source)
    {
        var b = new Builder();
        var family = -1;
        var lineNumber = 0;
        foreach (var raw in source.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                family = b.AddFamily(line, lineNumber);
                continue;
            }

            if (line.StartsWith("alias:", StringComparison.Ordinal))
            {
                foreach (var pair in line["alias:".Length..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var parts = pair.Split('=', StringSplitOptions.TrimEntries);
                    if (parts.Length != 2)
                    {
                        throw new FormatException($"cues line {lineNumber}: alias must be 'short = word', got '{pair}'.");
                    }

                    b.AddAlias(parts[0], parts[1], lineNumber);
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (family < 0 || colon < 0)
            {
                throw new FormatException($"cues line {lineNumber}: expected '[family sign intent rank]' or 'lang: phrase | phrase'.");
            }

            foreach (var phrase in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                foreach (var expanded in ExpandGaps(phrase))
                {
                    b.AddPhrase(expanded, family, lineNumber);
                }
            }
        }

        return new CueLexicon(b);
    }

    /// <summary>"sent ~ message" stands for "sent message", "sent _ message" ... "sent _ _ _ message".</summary>
    private static IEnumerable<string> ExpandGaps(string phrase)
    {
        var gap = phrase.IndexOf(" ~ ", StringComparison.Ordinal);
        if (gap < 0)
        {
            yield return phrase;
            yield break;
        }

        for (var words = 0; words <= MaxGap; words++)
        {
            var filler = string.Concat(Enumerable.Repeat(" _", words));
            foreach (var rest in ExpandGaps(phrase[(gap + 3)..]))
            {
                yield return $"{phrase[..gap]}{filler} {rest}";
            }
        }
    }

    /// <summary>
    /// Finds every cue phrase in the scanned text. Hits contained in a longer hit are dropped, so
    /// "how much did" (rhetorical) wins over "how much" (price). Returns the number of hits written.
    /// </summary>
    public int Match(ReadOnlySpan<char> norm, ReadOnlySpan<Token> tokens, Span<int> terms, Span<byte> termCounts, Span<CueHit> hits)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            termCounts[t] = (byte)TermsOf(norm, tokens[t], terms.Slice(t * MaxTermsPerToken, MaxTermsPerToken));
        }

        var count = 0;
        Span<int> active = stackalloc int[16];
        Span<int> next = stackalloc int[16];
        for (var start = 0; start < tokens.Length && count < hits.Length; start++)
        {
            var activeCount = 0;
            for (var k = 0; k < termCounts[start]; k++)
            {
                var node = _rootNext[terms[(start * MaxTermsPerToken) + k]];
                if (node >= 0 && activeCount < active.Length)
                {
                    active[activeCount++] = node;
                }
            }

            var end = start;
            while (activeCount > 0)
            {
                var longest = -1;
                for (var a = 0; a < activeCount; a++)
                {
                    if (_nodeFamily[active[a]] >= 0)
                    {
                        longest = _nodeFamily[active[a]];
                    }
                }

                if (longest >= 0)
                {
                    count = AddHit(hits, count, start, end, longest);
                    if (count >= hits.Length)
                    {
                        break;
                    }
                }

                end++;
                if (end >= tokens.Length)
                {
                    break;
                }

                var nextCount = 0;
                var isWord = tokens[end].Kind is TokenKind.Word or TokenKind.Number;
                for (var a = 0; a < activeCount; a++)
                {
                    for (var k = 0; k < termCounts[end]; k++)
                    {
                        var key = ((long)active[a] << 32) | (uint)terms[(end * MaxTermsPerToken) + k];
                        if (_phraseNext.TryGetValue(key, out var child) && nextCount < next.Length)
                        {
                            next[nextCount++] = child;
                        }
                    }

                    if (isWord && _phraseNext.TryGetValue(((long)active[a] << 32) | (uint)_anyWord, out var any) && nextCount < next.Length)
                    {
                        next[nextCount++] = any;
                    }
                }

                next[..nextCount].CopyTo(active);
                activeCount = nextCount;
            }
        }

        return count;
    }

    /// <summary>Adds a hit unless a kept hit contains it; drops kept hits it contains.</summary>
    private static int AddHit(Span<CueHit> hits, int count, int first, int last, int family)
    {
        for (var h = 0; h < count; h++)
        {
            if (hits[h].First <= first && hits[h].Last >= last)
            {
                return count;
            }
        }

        var kept = 0;
        for (var h = 0; h < count; h++)
        {
            if (!(first <= hits[h].First && last >= hits[h].Last))
            {
                hits[kept++] = hits[h];
            }
        }

        hits[kept] = new CueHit { First = first, Last = last, Family = family };
        return kept + 1;
    }

    private int TermsOf(ReadOnlySpan<char> norm, in Token token, Span<int> terms)
    {
        var count = 0;
        var text = norm.Slice(token.NormStart, token.NormLength);
        switch (token.Kind)
        {
            case TokenKind.Word:
            case TokenKind.Number:
                count = WordTerms(text, terms);
                if (token.Kind == TokenKind.Number)
                {
                    count = Add(terms, count, _placeholderTerms[0]);
                    if (text.Length == 4 && text[0] == '2' && text[1] == '0')
                    {
                        count = Add(terms, count, _placeholderTerms[1]);
                    }
                }

                break;
            case TokenKind.Handle:
                count = Add(terms, count, _placeholderTerms[2]);
                break;
            case TokenKind.Email:
                count = Add(terms, count, _placeholderTerms[3]);
                break;
            case TokenKind.Url:
                count = Add(terms, count, _placeholderTerms[4]);
                break;
            case TokenKind.Phone:
                count = Add(terms, count, _placeholderTerms[5]);
                break;
            case TokenKind.Emoji:
                count = Add(terms, count, _placeholderTerms[6]);
                goto case TokenKind.Punctuation;
            case TokenKind.Punctuation:
                if (_symbolTerms.TryGetValue(text, out var symbol))
                {
                    count = Add(terms, count, symbol);
                }

                break;
        }

        return count;
    }

    private static int Add(Span<int> terms, int count, int term)
    {
        if (term >= 0 && count < terms.Length)
        {
            terms[count++] = term;
        }

        return count;
    }

    private int WordTerms(ReadOnlySpan<char> word, Span<int> terms)
    {
        var count = 0;
        var node = 0;
        var complete = true;
        foreach (var c in word)
        {
            var index = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + c - '0' : -1;
            node = index < 0 ? -1 : _charNext[(node * Alphabet) + index];
            if (node <= 0)
            {
                complete = false;
                break;
            }

            count = Add(terms, count, _stemTerm[node]);
        }

        if (complete && (_exactTerm[node] >= 0 || _aliasTerms[node] is not null))
        {
            count = Add(terms, count, _exactTerm[node]);
            foreach (var alias in _aliasTerms[node] ?? [])
            {
                count = Add(terms, count, alias);
            }

            return count;
        }

        // A compound ends in its head ("Terminanfrage", "Wechselaktion", "offerteaanvraag", "Preisliste" is
        // a list, "Probetermin" a Termin): a word that ends in a declared head, with a stem of at least three
        // letters before it, also counts as the head.
        if (count == 0 && word.Length >= MinHeadStem + 4)
        {
            for (var h = 0; h < _heads.Length; h++)
            {
                if (word.Length >= _heads[h].Length + MinHeadStem && word.EndsWith(_heads[h]))
                {
                    count = Add(terms, count, _headTerms[h]);
                }
            }

            if (count > 0)
            {
                return count;
            }
        }

        if (word.Length >= FuzzyMinLength - 1 && count == 0)
        {
            count = Add(terms, count, FuzzyTerm(word));
        }

        return count;
    }

    private static bool IsSwap(ReadOnlySpan<char> a, string? b)
    {
        if (b is null || a.Length != b.Length)
        {
            return false;
        }

        var first = 0;
        while (first < a.Length && a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..].SequenceEqual(b.AsSpan(first + 2));
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> have the same length and differ in exactly one letter.</summary>
    private static bool IsSubstitution(ReadOnlySpan<char> a, string? b)
    {
        if (b is null || a.Length != b.Length)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < a.Length && differences < 2; i++)
        {
            differences += a[i] == b[i] ? 0 : 1;
        }

        return differences == 1;
    }

    /// <summary>
    /// A long lexicon word one typo away: a missing letter, two swapped letters, or (in words of nine letters
    /// or more, where one wrong letter rarely makes another real word) one wrong letter ("availible").
    /// </summary>
    private int FuzzyTerm(ReadOnlySpan<char> word)
    {
        if (word.Length >= FuzzyMinLength - 1 && _deletes.TryGetValue(word, out var missing) && missing != Ambiguous)
        {
            return missing;
        }

        if (word.Length < FuzzyMinLength || word.Length > 24)
        {
            return -1;
        }

        // Same length, one shared deletion: accept only two swapped neighbours ("avialable"), not a wrong
        // letter, which too often turns one real word into another ("rewiring" is not "retiring").
        Span<char> variant = stackalloc char[word.Length - 1];
        for (var skip = 0; skip < word.Length; skip++)
        {
            word[..skip].CopyTo(variant);
            word[(skip + 1)..].CopyTo(variant[skip..]);
            if (_deletes.TryGetValue(variant, out var term) && term != Ambiguous
                && (IsSwap(word, _fuzzyWords[term]) || (word.Length >= SubstitutionMinLength && IsSubstitution(word, _fuzzyWords[term]))))
            {
                return term;
            }
        }

        return -1;
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, int> _exactWords = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _familyNames = new(StringComparer.Ordinal);

        public Builder()
        {
            CharNext.AddRange(new int[Alphabet]);
            ExactTerm.Add(-1);
            StemTerm.Add(-1);
            NodeFamily.Add(-1);
            PlaceholderTerms = new int[Placeholders.Length];
            for (var i = 0; i < Placeholders.Length; i++)
            {
                PlaceholderTerms[i] = TermCount++;
            }
        }

        public List<CueFamily> Families { get; } = [];

        public List<int> CharNext { get; } = [];

        public List<int> ExactTerm { get; } = [];

        public List<int> StemTerm { get; } = [];

        public List<(string Head, int Term)> Heads { get; } = [];

        public Dictionary<string, int> SymbolTerms { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, List<int>> Aliases { get; } = [];

        public Dictionary<string, int> Deletes { get; } = new(StringComparer.Ordinal);

        public List<(string Word, int Term)> FuzzyWords { get; } = [];

        public Dictionary<int, int> RootNext { get; } = [];

        public Dictionary<long, int> PhraseNext { get; } = [];

        public List<int> NodeFamily { get; } = [];

        public int[] PlaceholderTerms { get; }

        public int TermCount { get; private set; }

        public int PhraseCount { get; private set; }

        public int AddFamily(string header, int line)
        {
            var parts = header.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var rank = 0;
            if (parts.Length is < 3 or > 4
                || !Enum.TryParse<LeadIntent>(parts[2], ignoreCase: true, out var intent)
                || (parts.Length == 4 && !int.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out rank)))
            {
                throw new FormatException($"cues line {line}: header must be [family sign intent rank?], got {header}.");
            }

            var sign = parts[1] switch
            {
                "+" => CueSign.Positive,
                "-" => CueSign.Negative,
                "~" => CueSign.Free,
                _ => throw new FormatException($"cues line {line}: sign must be +, - or ~."),
            };
            if (_familyNames.ContainsKey(parts[0]))
            {
                throw new FormatException($"cues line {line}: family {parts[0]} is defined twice.");
            }

            var family = new CueFamily(Families.Count, parts[0], sign, intent, rank);
            _familyNames.Add(family.Name, family.Index);
            Families.Add(family);
            return family.Index;
        }

        public void AddPhrase(string phrase, int family, int line)
        {
            var terms = new List<int>();
            foreach (var element in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var placeholder = Array.IndexOf(Placeholders, element);
                if (placeholder >= 0)
                {
                    terms.Add(PlaceholderTerms[placeholder]);
                }
                else if (element.Length > 1 && element[0] == '*')
                {
                    var folded = Fold(element[1..], line);
                    if (folded.Count != 1 || folded[0].Kind != TokenKind.Word)
                    {
                        throw new FormatException($"cues line {line}: compound head {element} must be one word.");
                    }

                    terms.Add(HeadTermOf(folded[0].Text));
                }
                else if (element.Length > 1 && element[^1] == '*')
                {
                    var folded = Fold(element[..^1], line);
                    if (folded.Count != 1 || folded[0].Kind != TokenKind.Word)
                    {
                        throw new FormatException($"cues line {line}: stem {element} must be one word.");
                    }

                    terms.Add(StemTermOf(folded[0].Text));
                }
                else
                {
                    foreach (var (kind, text) in Fold(element, line))
                    {
                        terms.Add(kind is TokenKind.Word or TokenKind.Number ? ExactTermOf(text) : SymbolTermOf(text));
                    }
                }
            }

            if (terms.Count == 0 || terms[0] == PlaceholderTerms[^1] || terms[^1] == PlaceholderTerms[^1])
            {
                throw new FormatException($"cues line {line}: '{phrase}' is empty or starts or ends with '_'.");
            }

            var node = -1;
            for (var i = 0; i < terms.Count; i++)
            {
                node = i == 0 ? Child(RootNext, terms[i]) : Child(((long)node << 32) | (uint)terms[i]);
            }

            if (NodeFamily[node] >= 0 && NodeFamily[node] != family)
            {
                throw new FormatException($"cues line {line}: '{phrase}' is already a cue of {Families[NodeFamily[node]].Name}.");
            }

            NodeFamily[node] = family;
            PhraseCount++;
        }

        public void AddAlias(string shortForm, string word, int line)
        {
            var from = Fold(shortForm, line);
            var to = Fold(word, line);
            if (from.Count != 1 || to.Count != 1 || from[0].Kind != TokenKind.Word || to[0].Kind != TokenKind.Word)
            {
                throw new FormatException($"cues line {line}: alias '{shortForm} = {word}' must join two single words.");
            }

            var node = Insert(from[0].Text);
            var term = ExactTermOf(to[0].Text);
            if (!Aliases.TryGetValue(node, out var list))
            {
                Aliases[node] = list = [];
            }

            if (!list.Contains(term))
            {
                list.Add(term);
            }
        }

        private static List<(TokenKind Kind, string Text)> Fold(string element, int line)
        {
            Span<Token> tokens = stackalloc Token[element.Length];
            Span<char> norm = stackalloc char[TextScanner.NormCapacity(element.Length)];
            var count = TextScanner.Scan(element, tokens, norm);
            var result = new List<(TokenKind, string)>(count);
            for (var i = 0; i < count; i++)
            {
                var kind = tokens[i].Kind;
                if (kind is TokenKind.Handle or TokenKind.Email or TokenKind.Url or TokenKind.Phone)
                {
                    throw new FormatException($"cues line {line}: use a placeholder instead of '{element}'.");
                }

                result.Add((kind, norm.Slice(tokens[i].NormStart, tokens[i].NormLength).ToString()));
            }

            return result;
        }

        private int ExactTermOf(string word)
        {
            if (!_exactWords.TryGetValue(word, out var term))
            {
                term = TermCount++;
                _exactWords.Add(word, term);
                var node = Insert(word);
                ExactTerm[node] = term;
                if (word.Length >= FuzzyMinLength && word.All(char.IsAsciiLetter))
                {
                    FuzzyWords.Add((word, term));
                    AddDeletes(word, term);
                }
            }

            return term;
        }

        /// <summary>A compound head ("*anfrage"): matches words that end in it after a stem of three letters or more.</summary>
        private int HeadTermOf(string head)
        {
            var at = Heads.FindIndex(h => h.Head == head);
            if (at >= 0)
            {
                return Heads[at].Term;
            }

            var term = TermCount++;
            Heads.Add((head, term));
            return term;
        }

        private int StemTermOf(string stem)
        {
            if (!_stems.TryGetValue(stem, out var term))
            {
                term = TermCount++;
                _stems.Add(stem, term);
                StemTerm[Insert(stem)] = term;
            }

            return term;
        }

        private int SymbolTermOf(string symbol)
        {
            if (!SymbolTerms.TryGetValue(symbol, out var term))
            {
                term = TermCount++;
                SymbolTerms.Add(symbol, term);
            }

            return term;
        }

        private void AddDeletes(string word, int term)
        {
            for (var skip = 0; skip < word.Length; skip++)
            {
                var variant = string.Concat(word.AsSpan(0, skip), word.AsSpan(skip + 1));
                if (_exactWords.ContainsKey(variant))
                {
                    continue;
                }

                Deletes[variant] = Deletes.TryGetValue(variant, out var existing) && existing != term ? Ambiguous : term;
            }
        }

        private int Insert(string word)
        {
            var node = 0;
            foreach (var c in word)
            {
                var index = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + c - '0' : -1;
                if (index < 0)
                {
                    throw new FormatException($"cue word '{word}' has a character outside a-z0-9 after folding.");
                }

                var slot = (node * Alphabet) + index;
                if (CharNext[slot] == 0)
                {
                    CharNext[slot] = ExactTerm.Count;
                    CharNext.AddRange(new int[Alphabet]);
                    ExactTerm.Add(-1);
                    StemTerm.Add(-1);
                }

                node = CharNext[slot];
            }

            return node;
        }

        private int Child(Dictionary<int, int> root, int term)
        {
            if (!root.TryGetValue(term, out var node))
            {
                node = NewNode();
                root.Add(term, node);
            }

            return node;
        }

        private int Child(long key)
        {
            if (!PhraseNext.TryGetValue(key, out var node))
            {
                node = NewNode();
                PhraseNext.Add(key, node);
            }

            return node;
        }

        private int NewNode()
        {
            NodeFamily.Add(-1);
            return NodeFamily.Count - 1;
        }
    }
}
