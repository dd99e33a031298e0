namespace LeadsNotLikes.Digest;

/// <summary>Fails a Digest run in which some teams' digests could not be sent (each failure is logged with its cause).</summary>
public sealed class DigestRunFailedException(string message) : Exception(message);
