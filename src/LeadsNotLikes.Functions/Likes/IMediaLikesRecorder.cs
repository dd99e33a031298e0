using LeadsNotLikes.PlatformApis.Instagram;

namespace LeadsNotLikes.Likes;

/// <summary>Records a polled like count as a post's likes for the team's day (Cosmos DB in the app, in memory in unit tests).</summary>
public interface IMediaLikesRecorder
{
    /// <summary>Records <paramref name="media"/>'s like count seen at <paramref name="now"/> on the team-local <paramref name="day"/>; idempotent. False when nothing changed.</summary>
    Task<bool> RecordAsync(string teamId, InstagramMedia media, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken);
}
