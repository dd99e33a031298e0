namespace LeadsNotLikes.Likes;

/// <summary>Fails a like-polling run in which some accounts could not be read (each is logged with its cause).</summary>
public sealed class LikesPollFailedException(string message) : Exception(message);
