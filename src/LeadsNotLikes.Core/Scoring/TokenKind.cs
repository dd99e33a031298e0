namespace LeadsNotLikes.Scoring;

/// <summary>What a token of a scanned text is; decides which lexicon terms it can match.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Handle,
    Email,
    Url,
    Phone,
    Emoji,
    Punctuation,
}
