namespace LeadsNotLikes.Digest;

/// <summary>A rendered digest email: subject, plain text and HTML alternatives, and the model they were rendered from.</summary>
public sealed record DigestMessage(string Subject, string PlainText, string Html, DigestModel? Model = null);
