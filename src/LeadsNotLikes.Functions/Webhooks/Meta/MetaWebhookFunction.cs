using System.Text;
using LeadsNotLikes.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>
/// The MetaWebhook function: Meta's subscription handshake (GET) and its signed deliveries (POST). The signature is
/// checked on the exact bytes. A delivery is acknowledged with 200 only after all its events are durably queued,
/// written with the queue client inside the function (<see cref="WebhookIntake"/>) rather than through an output
/// binding, which the host would write only after the response had gone (isolated-worker-facts.md §3.2). Otherwise
/// Meta gets a status that makes it retry (platform-facts.md 1.8).
/// </summary>
public sealed class MetaWebhookFunction(IOptions<MetaOptions> meta, WebhookIntake intake)
{
    public const string Name = "MetaWebhook";

    /// <summary>The route under the host's <c>api</c> prefix.</summary>
    public const string Route = "webhooks/meta";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (HttpMethods.IsGet(request.Method))
        {
            return WebhookHandshake.Meta(request, meta.Value.VerifyToken);
        }

        var secret = Encoding.UTF8.GetBytes(meta.Value.AppSecret);
        return await intake.ReceiveAsync(Platforms.Facebook, request,
            body => Verification.From(MetaSignature.Verify(body, request.Headers[MetaSignature.HeaderName], secret), MetaSignature.HeaderName),
            body => MetaPayloadParser.Parse(body), cancellationToken);
    }
}
