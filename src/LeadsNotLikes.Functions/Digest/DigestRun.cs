namespace LeadsNotLikes.Digest;

/// <summary>What one timer run did: digests sent, teams skipped (not due yet, or already sent), and failures.</summary>
public sealed record DigestRun(int Sent, int Skipped, int Failed);
