using LeadsNotLikes.Events;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.X;

/// <summary>
/// The XWebhook function: the CRC check (GET <c>?crc_token=</c>, at registration and about hourly after) and
/// Account Activity deliveries (POST, <c>x-twitter-webhooks-signature</c>).
/// </summary>
public sealed class XWebhookFunction(IOptions<XOptions> options, WebhookIntake intake)
{
    public const string Name = "XWebhook";
    public const string Route = "webhooks/x";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.Value.ConsumerSecret is not { Length: > 0 } secret)
        {
            return WebhookIntake.NotConfigured("X", "X__ConsumerSecret");
        }

        if (HttpMethods.IsGet(request.Method))
        {
            return WebhookHandshake.Challenge(request, "crc_token", 500, token => new XCrcAnswer(XSignature.CrcResponse(token, secret)));
        }

        return await intake.ReceiveAsync(Platforms.X, request,
            body => Verification.From(XSignature.Verify(body, request.Headers[XSignature.HeaderName], secret), XSignature.HeaderName),
            body => XPayloadParser.Parse(body), cancellationToken);
    }
}
