using LeadsNotLikes.Events;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.LinkedIn;

/// <summary>
/// The LinkedInWebhook function: the validation challenge (GET <c>?challengeCode=</c>, answered with JSON within
/// LinkedIn's 3 s) and organization social action notifications (POST, <c>X-LI-Signature</c>).
/// </summary>
public sealed class LinkedInWebhookFunction(IOptions<LinkedInOptions> options, WebhookIntake intake)
{
    public const string Name = "LinkedInWebhook";
    public const string Route = "webhooks/linkedin";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.Value.ClientSecret is not { Length: > 0 } secret)
        {
            return WebhookIntake.NotConfigured("LinkedIn", "LinkedIn__ClientSecret");
        }

        if (HttpMethods.IsGet(request.Method))
        {
            return WebhookHandshake.Challenge(request, "challengeCode", 200,
                challenge => new LinkedInChallengeAnswer(challenge, LinkedInSignature.ChallengeResponse(challenge, secret)));
        }

        return await intake.ReceiveAsync(Platforms.LinkedIn, request,
            body => Verification.From(LinkedInSignature.Verify(body, request.Headers[LinkedInSignature.HeaderName], secret), LinkedInSignature.HeaderName),
            body => LinkedInPayloadParser.Parse(body), cancellationToken);
    }
}
