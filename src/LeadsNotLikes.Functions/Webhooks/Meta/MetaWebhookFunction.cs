using System.Text;
using LeadsNotLikes.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>
/// The MetaWebhook function: Meta's subscription handshake (GET) and its signed deliveries (POST). The signature is
/// checked on the exact bytes. A delivery is acknowledged with 200 only after all its events are durably queued,
/// written here with the queue client rather than through an output binding, which the host would write only after
/// the response had gone (isolated-worker-facts.md §3.2). Otherwise Meta gets a status that makes it retry
/// (platform-facts.md 1.8).
/// </summary>
public sealed partial class MetaWebhookFunction(
    IOptions<MetaOptions> meta,
    IOptions<WebhookOptions> limits,
    IEventPublisher publisher,
    ILogger<MetaWebhookFunction> logger)
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
        return HttpMethods.IsGet(request.Method) ? Handshake(request) : await ReceiveAsync(request, cancellationToken);
    }

    private IResult Handshake(HttpRequest request)
    {
        var query = request.Query;
        var answer = MetaHandshake.Answer(query["hub.mode"], query["hub.verify_token"], query["hub.challenge"], meta.Value.VerifyToken);
        return answer.Accepted
            ? TypedResults.Text(answer.Body, "text/plain")
            : TypedResults.Problem(statusCode: answer.StatusCode, title: "Webhook handshake refused", detail: answer.Body);
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await WebhookBody.ReadAsync(request, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            LogRejected(logger, 413, "body too large");
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
                detail: $"Deliveries over {limits.Value.MaxBodyBytes} bytes are refused.");
        }

        var check = MetaSignature.Verify(body, request.Headers[MetaSignature.HeaderName], Encoding.UTF8.GetBytes(meta.Value.AppSecret));
        if (check != SignatureCheck.Valid)
        {
            var status = check == SignatureCheck.Missing ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            LogRejected(logger, status, $"signature {check}");
            return TypedResults.Problem(statusCode: status, title: "Signature check failed",
                detail: check == SignatureCheck.Missing
                    ? $"The {MetaSignature.HeaderName} header is required."
                    : $"The {MetaSignature.HeaderName} header does not match the body signed with the app secret.");
        }

        var parsed = MetaPayloadParser.Parse(body);
        if (parsed.Error is not null)
        {
            LogRejected(logger, parsed.ErrorStatus, parsed.Error);
            return TypedResults.Problem(statusCode: parsed.ErrorStatus, title: "Delivery not accepted", detail: parsed.Error);
        }

        foreach (var ignored in parsed.Ignored)
        {
            LogIgnored(logger, ignored.What, ignored.Reason);
        }

        try
        {
            await publisher.PublishAsync(parsed.Events, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever stopped the write (storage, network, identity), Meta must deliver again: answer 503, not 500.
            LogQueueUnavailable(logger, e, parsed.Events.Count);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Queue unavailable",
                detail: "The events could not be queued; retry the delivery.", extensions: new Dictionary<string, object?> { ["retryAfter"] = 30 });
        }

        LogAccepted(logger, parsed.Events.Count, parsed.Ignored.Count);
        return TypedResults.Ok(new WebhookReceipt(parsed.Events.Count, parsed.Ignored));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meta delivery rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meta change ignored ({What}): {Reason}")]
    private static partial void LogIgnored(ILogger logger, string what, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue {Count} Meta events; answered 503 so Meta retries")]
    private static partial void LogQueueUnavailable(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meta delivery accepted: {Queued} events queued, {Ignored} changes ignored")]
    private static partial void LogAccepted(ILogger logger, int queued, int ignored);
}
