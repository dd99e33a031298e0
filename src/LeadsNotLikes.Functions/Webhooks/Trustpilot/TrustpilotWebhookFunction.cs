using LeadsNotLikes.Events;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.Trustpilot;

/// <summary>
/// The TrustpilotWebhook function: service and product review events for one business unit, whose id and secret
/// token are in the URL (<c>webhooks/trustpilot/{businessUnitId}/{token}</c>) or whose token is the Basic-auth
/// password, because Trustpilot documents no signature.
/// </summary>
public sealed class TrustpilotWebhookFunction(IOptions<TrustpilotOptions> options, WebhookIntake intake)
{
    public const string Name = "TrustpilotWebhook";
    public const string RoutePrefix = "webhooks/trustpilot";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RoutePrefix + "/{account}/{token?}")] HttpRequest request,
        string account, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.Value.EndpointKey is not { Length: > 0 } key)
        {
            return WebhookIntake.NotConfigured("Trustpilot", "Trustpilot__EndpointKey");
        }

        if (!AccountIds.IsValid(account))
        {
            return AccountIds.Invalid();
        }

        return await intake.ReceiveAsync(Platforms.Trustpilot, request,
            _ => TrustpilotAuth.Verify(account, token, request.Headers.Authorization, key),
            body => TrustpilotPayloadParser.Parse(body, account), cancellationToken);
    }
}
