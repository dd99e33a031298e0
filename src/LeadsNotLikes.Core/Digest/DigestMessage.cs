namespace LeadsNotLikes.Digest;

/// <summary>A rendered digest email: subject, plain text and HTML alternatives.</summary>
public sealed record DigestMessage(string Subject, string PlainText, string Html);
