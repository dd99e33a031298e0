using LeadsNotLikes.Events;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.PlatformApis.Instagram;
using LeadsNotLikes.Webhooks.Instagram;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// Instagram <c>mentions</c> webhooks carry ids only. On an account with a token in
/// <see cref="InstagramOptions.AccessTokens"/>, this reads the mentioning text through the Graph client (the same
/// resilience pipeline as the like polling) so the mention can be scored: a mention in a comment
/// (<c>comment_id</c>) by <c>mentioned_comment</c>, a mention in someone else's caption (only <c>media_id</c>, which
/// the parser makes both the post and the item) by <c>mentioned_media</c>. A token, permission or "no such comment or
/// media" error, or an answer without text, leaves the mention without text (counted, not scored; logged); a refused
/// token is also reported to <see cref="ITokenHealth"/> for the digest's health section. A rate
/// limit, or an outage after the client's retries, throws: the Score invocation fails and the queue delivers the event
/// again later (and after <c>maxDequeueCount</c> attempts parks it in the poison queue).
/// </summary>
public sealed partial class InstagramMentionText(
    InstagramGraphClient graph,
    ITokenHealth tokens,
    IOptions<InstagramOptions> options,
    TimeProvider time,
    ILogger<InstagramMentionText> logger)
{
    /// <summary>The event with the mentioning comment's or caption's text, or unchanged when there is none to read.</summary>
    public async Task<EngagementEvent> CompleteAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        if (engagement is not { Platform: Platforms.Instagram, Kind: EngagementKind.Mention, Action: EngagementAction.Added, ItemId: { Length: > 0 } itemId }
            || !string.IsNullOrWhiteSpace(engagement.Text) || !InstagramGraphClient.IsGraphId(itemId)
            || !options.Value.AccessTokens.TryGetValue(engagement.AccountId, out var token) || string.IsNullOrWhiteSpace(token))
        {
            return engagement;
        }

        var inCaption = itemId == engagement.PostId;
        try
        {
            var text = inCaption
                ? (await graph.GetMentionedMediaAsync(engagement.AccountId, token, itemId, cancellationToken))?.Caption
                : (await graph.GetMentionedCommentAsync(engagement.AccountId, token, itemId, cancellationToken))?.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                LogNoText(logger, engagement.EventId, engagement.AccountId, Where(inCaption));
                return engagement;
            }

            return engagement with { Text = text };
        }
        catch (GraphApiException e) when (e.Kind is GraphErrorKind.NotAuthorized or GraphErrorKind.Permanent)
        {
            if (e.Kind == GraphErrorKind.NotAuthorized)
            {
                tokens.RecordTokenExpiry(Platforms.Instagram, engagement.AccountId, time.GetUtcNow());
            }

            LogNotRead(logger, engagement.EventId, engagement.AccountId, Where(inCaption), (int)e.Status, e.Error?.Code, e.Error?.Subcode, e.Kind);
            return engagement;
        }
    }

    private static string Where(bool inCaption) => inCaption ? "caption" : "comment";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mention {EventId} on Instagram account {AccountId}: the Graph API returned no {MentionIn} text; counted, not scored")]
    private static partial void LogNoText(ILogger logger, string eventId, string accountId, string mentionIn);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Mention {EventId} on Instagram account {AccountId}: its {MentionIn} could not be read (HTTP {Status}, code {Code}, subcode {Subcode}, {Kind}); counted, not scored")]
    private static partial void LogNotRead(ILogger logger, string eventId, string accountId, string mentionIn, int status, int? code, int? subcode, GraphErrorKind kind);
}
