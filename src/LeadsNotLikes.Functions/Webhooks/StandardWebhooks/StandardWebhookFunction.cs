using LeadsNotLikes.Events;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.StandardWebhooks;

/// <summary>
/// The StandardWebhook function: the generic endpoint (<c>webhooks/standard/{account}</c>) for a team's own systems
/// and for platforms without an endpoint of their own, signed per the Standard Webhooks spec (<c>webhook-id</c>,
/// <c>webhook-timestamp</c>, <c>webhook-signature</c>; Svix's <c>svix-*</c> names are the same scheme and accepted too).
/// Events are for the account <c>webhook:{account}</c>.
/// </summary>
public sealed class StandardWebhookFunction(IOptions<StandardWebhooksOptions> options, WebhookIntake intake, TimeProvider time)
{
    public const string Name = "StandardWebhook";
    public const string RoutePrefix = "webhooks/standard";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RoutePrefix + "/{account}")] HttpRequest request,
        string account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(options.Value.EndpointKey) && options.Value.Secrets.Count == 0)
        {
            return WebhookIntake.NotConfigured("Standard Webhooks", "StandardWebhooks__EndpointKey or StandardWebhooks__Secrets__{account}");
        }

        if (!AccountIds.IsValid(account))
        {
            return AccountIds.Invalid();
        }

        var id = Header(request, StandardWebhookSignature.IdHeader);
        return await intake.ReceiveAsync(Platforms.Webhook, request,
            body => StandardWebhookSignature.Verify(id, Header(request, StandardWebhookSignature.TimestampHeader),
                Header(request, StandardWebhookSignature.SignatureHeader), body, Keys(account), time.GetUtcNow(), PublicKeys(account)),
            body => StandardWebhookParser.Parse(body, account, id!), cancellationToken);
    }

    /// <summary>The account's <c>whpk_</c> ed25519 public keys, listed with its secrets, for <c>v1a</c> signatures.</summary>
    internal List<byte[]> PublicKeys(string account) =>
        options.Value.Secrets.TryGetValue(account, out var listed)
            ? listed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StandardWebhookSignature.DecodePublicKey).OfType<byte[]>().ToList()
            : [];

    /// <summary>Every HMAC key that may have signed this account's deliveries (<c>v1</c>).</summary>
    internal List<byte[]> Keys(string account)
    {
        var keys = new List<byte[]>();
        if (options.Value.Secrets.TryGetValue(account, out var listed))
        {
            keys.AddRange(listed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StandardWebhookSignature.DecodeSecret).OfType<byte[]>());
        }

        if (options.Value.EndpointKey is { Length: > 0 } endpointKey)
        {
            keys.Add(EndpointSecrets.StandardWebhookKey(endpointKey, account));
        }

        return keys;
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers[name] is { Count: > 0 } value ? value.ToString()
        : request.Headers["svix-" + name["webhook-".Length..]] is { Count: > 0 } svix ? svix.ToString()
        : null;
}
