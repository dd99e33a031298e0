namespace LeadsNotLikes.Scoring;

/// <summary>
/// One token of a scanned text: <see cref="Start"/>/<see cref="Length"/> index the original text,
/// <see cref="NormStart"/>/<see cref="NormLength"/> the folded form in the scanner's buffer.
/// </summary>
internal struct Token
{
    public int Start;
    public int Length;
    public int NormStart;
    public int NormLength;
    public TokenKind Kind;
}
