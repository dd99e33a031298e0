using System.Net;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// The team's own posts' text and content type. Saving is idempotent and order-safe: one document per post, and an
/// event older than the one stored changes nothing (writes are conditional on the ETag read).
/// </summary>
public sealed class PostStore(CosmosClient client, IOptions<CosmosOptions> options)
{
    private const int MaxAttempts = 5;
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Engagement);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    public static string DocumentId(string platform, string postId) => "postinfo-" + EventIds.From(platform, postId);

    /// <summary>Stores a <see cref="EngagementKind.Post"/> event's text; false when a newer version is already stored or it has no text.</summary>
    public Task<bool> SaveAsync(string teamId, EngagementEvent post, CancellationToken cancellationToken) => SaveAsync(teamId, post, null, cancellationToken);

    /// <summary>
    /// Stores a <see cref="EngagementKind.Post"/> event's text and the post's <paramref name="link"/> (kept only when it
    /// is an absolute https URL); false when a newer version is already stored or there is neither text nor link. A
    /// version without text or link keeps the stored one's.
    /// </summary>
    public async Task<bool> SaveAsync(string teamId, EngagementEvent post, string? link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        link = Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
        if (post.Action == EngagementAction.Removed || (string.IsNullOrWhiteSpace(post.Text) && link is null))
        {
            return false;
        }

        var text = string.IsNullOrWhiteSpace(post.Text) ? null : post.Text.Length > PostDocument.MaxText ? post.Text[..PostDocument.MaxText] : post.Text;
        var classification = ContentClassifier.Classify(text);
        var document = new PostDocument
        {
            Id = DocumentId(post.Platform, post.PostId),
            TeamId = teamId,
            Platform = post.Platform,
            PostId = post.PostId,
            Text = text,
            Title = text is null ? null : text.Length > PostDocument.TitleLength ? text[..PostDocument.TitleLength] : text,
            ContentType = classification.Type,
            Cue = classification.Cue,
            Link = link,
            LastEventAt = post.OccurredAt,
            Ttl = _ttl,
        };
        var partition = new PartitionKey(teamId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var existing = await _container.ReadItemAsync<PostDocument>(document.Id, partition, cancellationToken: cancellationToken);
                if (existing.Resource.LastEventAt >= post.OccurredAt)
                {
                    return false;
                }

                await _container.ReplaceItemAsync(Keep(document, existing.Resource), document.Id, partition,
                    new ItemRequestOptions { IfMatchEtag = existing.ETag, EnableContentResponseOnWrite = false }, cancellationToken);
                return true;
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                try
                {
                    await _container.CreateItemAsync(document, partition, new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
                    return true;
                }
                catch (CosmosException c) when (c.StatusCode == HttpStatusCode.Conflict && attempt < MaxAttempts)
                {
                    // Another delivery created it first: read again and compare.
                }
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed && attempt < MaxAttempts)
            {
                // Changed meanwhile: read again and compare.
            }
        }
    }

    /// <summary>The new version, with the stored text and link where it has none.</summary>
    private static PostDocument Keep(PostDocument next, PostDocument stored)
    {
        var kept = next.Text is null ? next with { Text = stored.Text, Title = stored.Title, ContentType = stored.ContentType, Cue = stored.Cue } : next;
        return kept with { Link = next.Link ?? stored.Link };
    }

    /// <summary>Every stored post's title, content type and link (one-partition query; the full text is not read).</summary>
    public async Task<IReadOnlyList<PostInfo>> ListAsync(string teamId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.platform, c.postId, c.title, c.contentType, c.cue, c.link FROM c WHERE c.teamId = @teamId AND c.type = @type")
            .WithParameter("@teamId", teamId)
            .WithParameter("@type", PostDocument.DocumentType);
        var rows = await CosmosQueries.ToListAsync<PostRow>(_container, query, teamId, cancellationToken);
        return rows.Select(r => new PostInfo(r.Platform, r.PostId, r.Title, r.ContentType, r.Cue, r.Link)).ToList();
    }

    private sealed record PostRow(string Platform, string PostId, string? Title, ContentType ContentType, string? Cue, string? Link);
}
