using System.Net;
using System.Security.Cryptography;
using System.Text;
using LeadsNotLikes.Events;
using LeadsNotLikes.Likes;
using LeadsNotLikes.PlatformApis.Instagram;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Turns polled like-count snapshots into the per-post-per-day counters the digest reads. Per media it keeps a
/// <see cref="PolledMediaDocument"/> (the last <see cref="LikeSnapshot"/>); a changed snapshot sets (never increments)
/// the day's counter document <c>post-{day}-{post}-polled</c>: likes added = the day's increase over its baseline,
/// likes removed = its decrease. Setting absolute values makes a re-run, a retry or a crash half-way harmless: the
/// counter is written before the snapshot, and the same snapshot always yields the same counter. The caption is
/// stored as the post's text, and the <c>permalink</c> as its link (through <see cref="PostStore"/>), when either is
/// new or changed; comments arriving by webhook name only the media, so their post has no link until a poll stores it.
/// </summary>
public sealed class PolledLikesStore(CosmosClient client, IOptions<CosmosOptions> options, PostStore posts) : IMediaLikesRecorder
{
    private const int MaxAttempts = 5;
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Engagement);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    public static string SnapshotId(string platform, string postId) => "polled-" + EventIds.From(platform, postId);

    public static string CounterId(DateOnly day, string platform, string postId) => $"post-{LeadStore.Day(day)}-{EventIds.From(platform, postId)}-polled";

    public async Task<bool> RecordAsync(string teamId, InstagramMedia media, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(media);
        if (media.LikeCount is not { } count)
        {
            return false;
        }

        var partition = new PartitionKey(teamId);
        var id = SnapshotId(Platforms.Instagram, media.Id);
        var captionHash = string.IsNullOrWhiteSpace(media.Caption) ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(media.Caption))[..16]);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadAsync(id, partition, cancellationToken);
            var previous = stored?.Resource is { } p ? new LikeSnapshot(DateOnly.ParseExact(p.Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.Count, p.DayBaseline) : null;
            var next = LikeSnapshot.Observe(previous, day, count, media.Timestamp, now);
            var captionChanged = captionHash is not null && captionHash != stored?.Resource.CaptionHash;
            var permalinkChanged = !string.IsNullOrWhiteSpace(media.Permalink) && media.Permalink != stored?.Resource.Permalink;
            if (next is null && !captionChanged && !permalinkChanged)
            {
                return false;
            }

            if (captionChanged || permalinkChanged)
            {
                await posts.SaveAsync(teamId, PostEvent(media, now), media.Permalink, cancellationToken);
            }

            next ??= previous!;
            await _container.UpsertItemAsync(Counter(teamId, media.Id, next), partition, new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
            var document = new PolledMediaDocument
            {
                Id = id,
                TeamId = teamId,
                Platform = Platforms.Instagram,
                PostId = media.Id,
                Day = LeadStore.Day(next.Day),
                Count = next.Count,
                DayBaseline = next.DayBaseline,
                CaptionHash = captionHash ?? stored?.Resource.CaptionHash,
                Permalink = permalinkChanged ? media.Permalink : stored?.Resource.Permalink,
                Ttl = _ttl,
            };
            try
            {
                if (stored is null)
                {
                    await _container.CreateItemAsync(document, partition, new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
                }
                else
                {
                    await _container.ReplaceItemAsync(document, id, partition, new ItemRequestOptions { IfMatchEtag = stored.ETag, EnableContentResponseOnWrite = false }, cancellationToken);
                }

                return true;
            }
            catch (CosmosException e) when (e.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed && attempt < MaxAttempts)
            {
                // Another run wrote the snapshot meanwhile: read it again and recompute (the counter is set, not added to).
            }
        }
    }

    private async Task<ItemResponse<PolledMediaDocument>?> ReadAsync(string id, PartitionKey partition, CancellationToken cancellationToken)
    {
        try
        {
            return await _container.ReadItemAsync<PolledMediaDocument>(id, partition, cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private PostDayDocument Counter(string teamId, string mediaId, LikeSnapshot snapshot) => new()
    {
        Id = CounterId(snapshot.Day, Platforms.Instagram, mediaId),
        TeamId = teamId,
        Day = LeadStore.Day(snapshot.Day),
        Platform = Platforms.Instagram,
        PostId = mediaId,
        ReactionsAdded = Math.Max(0, snapshot.DayLikes),
        ReactionsRemoved = Math.Max(0, -snapshot.DayLikes),
        LikeCount = snapshot.Count,
        LikeBaseline = snapshot.DayBaseline,
        Ttl = _ttl,
    };

    /// <summary>The caption as the team's own post; its time is the poll's, so an edited caption or permalink replaces the stored one.</summary>
    private static EngagementEvent PostEvent(InstagramMedia media, DateTimeOffset now) => new()
    {
        EventId = EventIds.From(Platforms.Instagram, "polled-post", media.Id),
        Platform = Platforms.Instagram,
        AccountId = "",
        Kind = EngagementKind.Post,
        Action = EngagementAction.Added,
        PostId = media.Id,
        Text = media.Caption,
        OccurredAt = now,
    };
}
