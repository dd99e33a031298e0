using LeadsNotLikes.PlatformApis.Google;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LeadsNotLikes.Webhooks.Google;

/// <summary>
/// Turns a verified push into events: decode <c>message.data</c>, ignore notification types other than
/// <c>NEW_REVIEW</c>/<c>UPDATED_REVIEW</c> (acknowledged, so Pub/Sub stops), fetch the review the notification only names,
/// and map it. When the API cannot be reached the delivery is not acknowledged (503) and Pub/Sub pushes it again.
/// </summary>
public sealed partial class GoogleReviewNotifications(GoogleBusinessProfileClient api, ILogger<GoogleReviewNotifications> logger)
{
    public async ValueTask<ParsedWebhook> ParseAsync(byte[] body, CancellationToken cancellationToken)
    {
        var (notification, error) = PubSubPushParser.Parse(body);
        if (notification is null)
        {
            return ParsedWebhook.Malformed(error!);
        }

        var what = notification.NotificationType ?? "notification";
        if (notification.NotificationType is not ("NEW_REVIEW" or "UPDATED_REVIEW"))
        {
            return Ignore(what, "not a review notification");
        }

        var location = notification.ReviewName is null ? null : PubSubPushParser.LocationId(notification.ReviewName);
        if (location is null)
        {
            return Ignore(what, "no review name of the form accounts/{a}/locations/{l}/reviews/{r}");
        }

        try
        {
            using var review = await api.GetReviewAsync(notification.ReviewName!, cancellationToken);
            if (review is null)
            {
                return Ignore(what, "the review no longer exists");
            }

            var engagement = GoogleReviewMapper.Map(review.RootElement, notification.ReviewName!, location, notification.NotificationType);
            return engagement is null ? Ignore(what, "the review has no createTime or updateTime") : new ParsedWebhook { Events = [engagement] };
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or InvalidOperationException
            or System.Text.Json.JsonException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFetchFailed(logger, e, notification.MessageId);
            return ParsedWebhook.Retry("The review could not be read from the Business Profile API; the push will be retried.");
        }
    }

    private static ParsedWebhook Ignore(string what, string reason) => new() { Ignored = [new IgnoredChange(what, reason)] };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the review of Pub/Sub message {MessageId}; answered 503 so Pub/Sub pushes it again")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception, string messageId);
}
