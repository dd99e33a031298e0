using LeadsNotLikes.Events;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.Google;

/// <summary>
/// The GoogleReviewsWebhook function: the Pub/Sub push endpoint for Business Profile review notifications. The push
/// is acknowledged (200) only once the fetched review is queued; any other answer makes Pub/Sub push it again.
/// </summary>
public sealed class GoogleReviewsWebhookFunction(
    IOptions<GoogleOptions> options,
    PubSubPushAuthenticator authenticator,
    GoogleReviewNotifications notifications,
    WebhookIntake intake)
{
    public const string Name = "GoogleReviewsWebhook";
    public const string Route = "webhooks/google";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.Value.IsConfigured())
        {
            return WebhookIntake.NotConfigured("Google Business Profile", "Google__Audience and Google__ServiceAccountEmail");
        }

        return await intake.ReceiveAsync(Platforms.Google, request,
            (_, ct) => authenticator.VerifyAsync(request.Headers.Authorization, ct),
            notifications.ParseAsync, cancellationToken);
    }
}
