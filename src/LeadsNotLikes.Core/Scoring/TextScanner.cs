using System.Buffers;
using System.Globalization;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// Splits a text into tokens without allocating: words and numbers are folded (lower case, no accents) and
/// unstretched (a letter typed three or more times counts once: "pleeease" gives "please"), handles, e-mail
/// addresses, links and phone numbers are kept whole, emojis and punctuation are single tokens.
/// Every token keeps its exact span in the original text.
/// </summary>
internal static class TextScanner
{
    /// <summary>The normalized buffer must hold this many characters for a text of the given length.</summary>
    public static int NormCapacity(int textLength) => (textLength * 2) + 4;

    /// <summary>Scans <paramref name="text"/>; <paramref name="tokens"/> must hold text.Length entries.</summary>
    public static int Scan(ReadOnlySpan<char> text, Span<Token> tokens, Span<char> norm)
    {
        var count = 0;
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || CharFolding.IsJoiner(c) || c is '\u200d' or '\ufe0f')
            {
                i++;
                continue;
            }

            ref var token = ref tokens[count];
            token.Start = i;
            token.NormStart = n;
            int end;
            if (c == '@' && i + 1 < text.Length && IsHandleChar(text[i + 1]))
            {
                end = ScanHandle(text, i);
                token.Kind = TokenKind.Handle;
                n += Write(norm, n, "<handle>");
            }
            else if (CharFolding.IsWordChar(c) || c == '+')
            {
                var special = ScanSpecial(text, i, out end);
                if (special is { } kind)
                {
                    token.Kind = kind;
                    n += Write(norm, n, kind switch
                    {
                        TokenKind.Email => "<email>",
                        TokenKind.Url => "<url>",
                        _ => "<phone>",
                    });
                }
                else if (c == '+')
                {
                    end = i + 1;
                    token.Kind = TokenKind.Punctuation;
                    norm[n++] = '+';
                }
                else
                {
                    end = ScanWord(text, i, norm, ref n, out var isNumber);
                    token.Kind = isNumber ? TokenKind.Number : TokenKind.Word;
                }
            }
            else if (char.IsHighSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                end = ScanEmoji(text, i);
                token.Kind = TokenKind.Emoji;
                var first = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                text.Slice(i, first).CopyTo(norm[n..]);
                n += first;
            }
            else
            {
                end = i + 1;
                while (end < text.Length && text[end] == c)
                {
                    end++;
                }

                token.Kind = TokenKind.Punctuation;
                norm[n++] = c == '¿' ? '?' : c == '¡' ? '!' : c;
            }

            token.Length = end - i;
            token.NormLength = n - token.NormStart;
            count++;
            i = end;
        }

        return count;
    }

    private static int Write(Span<char> norm, int at, string value)
    {
        value.CopyTo(norm[at..]);
        return value.Length;
    }

    private static bool IsHandleChar(char c) => CharFolding.IsWordChar(c) || c == '_';

    private static int ScanHandle(ReadOnlySpan<char> text, int i)
    {
        var end = i + 1;
        while (end < text.Length && (IsHandleChar(text[end]) || text[end] == '.'))
        {
            end++;
        }

        while (text[end - 1] == '.')
        {
            end--;
        }

        return end;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, Span<char> norm, ref int n, out bool isNumber)
    {
        isNumber = char.IsAsciiDigit(text[i]);
        var tokenStart = n;
        var end = i;
        var run = 0;
        Span<char> folded = stackalloc char[2];
        while (end < text.Length && CharFolding.IsWordChar(text[end]))
        {
            var written = CharFolding.Fold(text[end], folded);
            for (var k = 0; k < written; k++)
            {
                var f = folded[k];

                // A letter typed three or more times is stretched: "sooo" -> "so", "pleeease" -> "please";
                // real doubles stay ("book", "poor"). Digits are never squeezed.
                if (n > tokenStart && norm[n - 1] == f && !char.IsAsciiDigit(f))
                {
                    run++;
                    if (run == 2)
                    {
                        norm[n++] = f;
                    }
                    else if (run == 3)
                    {
                        n--;
                    }

                    continue;
                }

                run = 1;
                norm[n++] = f;
            }

            end++;
        }

        return end;
    }

    private static int ScanEmoji(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end < text.Length)
        {
            // One code point, then its variation selector, skin tone or zero-width-joined continuation.
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            if (end < text.Length && text[end] == '\ufe0f')
            {
                end++;
            }

            if (end + 1 < text.Length && text[end] == '\ud83c' && text[end + 1] is >= '\udffb' and <= '\udfff')
            {
                end += 2;
            }

            if (end + 1 < text.Length && text[end] == '\u200d')
            {
                end++;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>Recognizes e-mail addresses, links and phone numbers that start at <paramref name="i"/>.</summary>
    private static TokenKind? ScanSpecial(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        if (char.IsAsciiDigit(text[i]) || text[i] == '+')
        {
            var digits = 0;
            var j = i;
            var last = i;
            while (j < text.Length)
            {
                var c = text[j];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                    last = j;
                }
                else if (!(c is ' ' or '-' or '(' or ')' || (c == '+' && j == i)))
                {
                    break;
                }

                j++;
            }

            // A letter glued to the last digit ("2026th", "900412am") is not a phone number.
            if (digits >= 7 && (last + 1 >= text.Length || !CharFolding.IsWordChar(text[last + 1])))
            {
                end = last + 1;
                return TokenKind.Phone;
            }

            if (text[i] == '+')
            {
                return null;
            }
        }

        // A run without spaces: name@domain.tld, http(s)://..., www...., host.tld/path. Most words end
        // at a space or punctuation other than these, so look before doing the full check.
        var probe = i;
        while (probe < text.Length && CharFolding.IsWordChar(text[probe]))
        {
            probe++;
        }

        if (probe >= text.Length || text[probe] is not ('@' or '.' or '/' or ':' or '_'))
        {
            return null;
        }

        var k = i;
        var at = -1;
        var dotAfterAt = false;
        var slashAfterDot = false;
        var hostDot = false;
        while (k < text.Length && !char.IsWhiteSpace(text[k]))
        {
            var c = text[k];
            if (c == '@')
            {
                if (at >= 0)
                {
                    break;
                }

                at = k;
            }
            else if (c == '.')
            {
                dotAfterAt |= at >= 0 && k > at + 1;
                hostDot |= k + 1 < text.Length && char.IsAsciiLetter(text[k + 1]);
            }
            else if (c == '/')
            {
                slashAfterDot |= hostDot;
            }
            else if (!(CharFolding.IsWordChar(c) || c is '_' or '-' or '+' or '%' or ':' or '=' or '?' or '&' or '#'))
            {
                break;
            }

            k++;
        }

        while (k > i && text[k - 1] is '.' or ',' or '?' or ':')
        {
            k--;
        }

        var run = text[i..k];
        if (at > i && dotAfterAt && at < k - 1 && CharFolding.IsWordChar(text[k - 1]))
        {
            end = k;
            return TokenKind.Email;
        }

        if (run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || (slashAfterDot && at < 0))
        {
            end = k;
            return TokenKind.Url;
        }

        return null;
    }
}

/// <summary>
/// A text scanned by <see cref="TextScanner.Scan"/> into the caller's stack buffers when it fits them, else into
/// pooled arrays that <see cref="Dispose"/> returns; declare it with <c>using</c>.
/// </summary>
internal ref struct ScannedText
{
    private Token[]? _rentedTokens;
    private char[]? _rentedNorm;

    public ScannedText(ReadOnlySpan<char> text, Span<Token> tokenBuffer, Span<char> normBuffer)
    {
        var length = Math.Max(text.Length, 1);
        var tokens = length <= tokenBuffer.Length ? tokenBuffer : (_rentedTokens = ArrayPool<Token>.Shared.Rent(length));
        var normLength = TextScanner.NormCapacity(length);
        var norm = normLength <= normBuffer.Length ? normBuffer : (_rentedNorm = ArrayPool<char>.Shared.Rent(normLength));
        Tokens = tokens[..TextScanner.Scan(text, tokens, norm)];
        Norm = norm;
    }

    /// <summary>
    /// The stack buffers to pass for a text of <paramref name="length"/> characters: exactly its size up to
    /// <paramref name="maxLength"/> characters, none above (a longer text is scanned into pooled arrays).
    /// </summary>
    public static (int Tokens, int Norm) StackSizes(int length, int maxLength = 256)
    {
        length = Math.Max(length, 1);
        return length <= maxLength ? (length, TextScanner.NormCapacity(length)) : (0, 0);
    }

    public ReadOnlySpan<Token> Tokens { get; }

    public ReadOnlySpan<char> Norm { get; }

    public void Dispose()
    {
        if (_rentedTokens is not null)
        {
            ArrayPool<Token>.Shared.Return(_rentedTokens);
            _rentedTokens = null;
        }

        if (_rentedNorm is not null)
        {
            ArrayPool<char>.Shared.Return(_rentedNorm);
            _rentedNorm = null;
        }
    }
}
