namespace LeadsNotLikes.Likes;

/// <summary>
/// What one like-polling run did, in accounts: read, stopped by a rate limit or the usage limit (expected; the next
/// run continues), skipped (no token, or paused until the Graph API lets the app back in), and failed (an invalid
/// token, a Graph error, or an outage after retries); and how many posts' snapshots changed.
/// </summary>
public sealed record LikesPollRun(int Polled, int Stopped, int Skipped, int Failed, int PostsChanged);
