using LeadsNotLikes.Events;
using LeadsNotLikes.Webhooks.StandardWebhooks;
using LeadsNotLikes.Webhooks.Trustpilot;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks;

/// <summary>
/// GET <c>/api/manage/webhooks/{platform}/{account}</c> (function key): what a team pastes into the sending side for
/// an account whose secret this app derives: the Trustpilot URL with its token, or the Standard Webhooks URL and
/// <c>whsec_</c> secret.
/// </summary>
public sealed class WebhookEndpointsFunction(IOptions<TrustpilotOptions> trustpilot, IOptions<StandardWebhooksOptions> standard)
{
    public const string Name = "GetWebhookEndpoint";

    [Function(Name)]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "manage/webhooks/{platform}/{account}")] HttpRequest request,
        string platform, string account)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccountIds.IsValid(account))
        {
            return AccountIds.Invalid();
        }

        var baseUrl = $"{request.Scheme}://{request.Host}/api/";
        return platform switch
        {
            Platforms.Trustpilot when trustpilot.Value.EndpointKey is { Length: > 0 } key => TypedResults.Ok(new WebhookEndpoint(
                Platforms.Trustpilot, account, $"{baseUrl}{TrustpilotWebhookFunction.RoutePrefix}/{account}/{EndpointSecrets.TrustpilotToken(key, account)}", null)),
            Platforms.Webhook when standard.Value.EndpointKey is { Length: > 0 } key => TypedResults.Ok(new WebhookEndpoint(
                Platforms.Webhook, account, $"{baseUrl}{StandardWebhookFunction.RoutePrefix}/{account}", EndpointSecrets.StandardWebhookSecret(key, account))),
            _ => TypedResults.Problem(statusCode: 404, title: "No derived endpoint",
                detail: "Only trustpilot and webhook accounts have derived endpoints, and only when their EndpointKey is set."),
        };
    }
}
