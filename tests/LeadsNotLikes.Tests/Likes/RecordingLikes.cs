using System.Collections.Concurrent;
using LeadsNotLikes.Likes;
using LeadsNotLikes.PlatformApis.Instagram;

namespace LeadsNotLikes.Tests.Likes;

/// <summary>Keeps what the poller records, in order.</summary>
public sealed class RecordingLikes : IMediaLikesRecorder
{
    public ConcurrentQueue<(string TeamId, InstagramMedia Media, DateOnly Day)> Recorded { get; } = new();

    public Task<bool> RecordAsync(string teamId, InstagramMedia media, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Recorded.Enqueue((teamId, media, day));
        return Task.FromResult(true);
    }
}
