using LeadsNotLikes.Events;
using System.Text;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.Instagram;

/// <summary>
/// The InstagramWebhook function: Meta's handshake (GET, the same Verify Token as the Page webhook) and Instagram
/// deliveries (POST, <c>X-Hub-Signature-256</c> with the Meta app secret or, for Instagram Login apps, the Instagram
/// app secret). Instagram deliveries sent to the Page's URL are read there too.
/// </summary>
public sealed class InstagramWebhookFunction(IOptions<MetaOptions> meta, IOptions<InstagramOptions> instagram, WebhookIntake intake)
{
    public const string Name = "InstagramWebhook";
    public const string Route = "webhooks/instagram";

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

        return await intake.ReceiveAsync(Platforms.Instagram, request, body => Verify(body, request.Headers[MetaSignature.HeaderName]),
            body => InstagramPayloadParser.Parse(body), cancellationToken);
    }

    private Verification Verify(byte[] body, string? header)
    {
        var check = MetaSignature.Verify(body, header, Encoding.UTF8.GetBytes(meta.Value.AppSecret));
        if (check == SignatureCheck.Mismatch && instagram.Value.AppSecret is { Length: > 0 } instagramSecret)
        {
            check = MetaSignature.Verify(body, header, Encoding.UTF8.GetBytes(instagramSecret));
        }

        return Verification.From(check, MetaSignature.HeaderName);
    }
}
