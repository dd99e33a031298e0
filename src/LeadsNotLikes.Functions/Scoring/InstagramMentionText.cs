using LeadsNotLikes.Events;
using LeadsNotLikes.PlatformApis.Instagram;
using LeadsNotLikes.Webhooks.Instagram;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// Instagram <c>mentions</c> webhooks carry ids only. For a mention in a comment, on an account with a token in
/// <see cref="InstagramOptions.AccessTokens"/>, this reads the comment's text through the Graph client (the same
/// resilience pipeline as the like polling) so the mention can be scored. A token, permission or "no such comment"
/// error leaves the mention without text (counted, not scored; logged). A rate limit, or an outage after the
/// client's retries, throws: the Score invocation fails and the queue delivers the event again later (and after
/// <c>maxDequeueCount</c> attempts parks it in the poison queue). A caption mention (media id only) is not read.
/// </summary>
public sealed partial class InstagramMentionText(InstagramGraphClient graph, IOptions<InstagramOptions> options, ILogger<InstagramMentionText> logger)
{
    /// <summary>The event with the mentioning comment's text, or unchanged when there is none to read.</summary>
    public async Task<EngagementEvent> CompleteAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        if (engagement is not { Platform: Platforms.Instagram, Kind: EngagementKind.Mention, Action: EngagementAction.Added, ItemId: { Length: > 0 } commentId }
            || !string.IsNullOrWhiteSpace(engagement.Text) || commentId == engagement.PostId || !commentId.All(c => char.IsAsciiDigit(c) || c == '_')
            || !options.Value.AccessTokens.TryGetValue(engagement.AccountId, out var token) || string.IsNullOrWhiteSpace(token))
        {
            return engagement;
        }

        try
        {
            var comment = await graph.GetMentionedCommentAsync(engagement.AccountId, token, commentId, cancellationToken);
            if (comment?.Text is not { Length: > 0 } text)
            {
                LogNoText(logger, engagement.EventId, engagement.AccountId);
                return engagement;
            }

            return engagement with { Text = text };
        }
        catch (GraphApiException e) when (e.Kind is GraphErrorKind.NotAuthorized or GraphErrorKind.Permanent)
        {
            LogNotRead(logger, engagement.EventId, engagement.AccountId, (int)e.Status, e.Error?.Code, e.Error?.Subcode, e.Kind);
            return engagement;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mention {EventId} on Instagram account {AccountId}: the Graph API returned no comment text; counted, not scored")]
    private static partial void LogNoText(ILogger logger, string eventId, string accountId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Mention {EventId} on Instagram account {AccountId}: its comment could not be read (HTTP {Status}, code {Code}, subcode {Subcode}, {Kind}); counted, not scored")]
    private static partial void LogNotRead(ILogger logger, string eventId, string accountId, int status, int? code, int? subcode, GraphErrorKind kind);
}
