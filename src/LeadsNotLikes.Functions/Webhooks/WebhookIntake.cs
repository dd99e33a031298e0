using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks;

/// <summary>
/// What every platform's webhook does with a delivery once its route and handshake are settled: read the raw bytes
/// under the size limit (413), check authenticity on exactly those bytes (401 missing, 403 forged, wrong or stale),
/// parse (400 malformed, 422 unsupported), queue every event with the queue client inside the function, and answer
/// 200 only then, reporting each change that was ignored and why; 503 when the queue cannot be reached, so the
/// platform delivers again. Unknown accounts are accepted: the Score function parks their events. Deliveries that
/// fail the authenticity check are counted for the digest's ingestion health. <c>platform</c> is the event model's
/// platform name (<see cref="Events.Platforms"/>).
/// </summary>
public sealed partial class WebhookIntake(
    IOptions<WebhookOptions> limits,
    IEventPublisher publisher,
    ILogger<WebhookIntake> logger,
    IngestionHealthCounters? health = null)
{
    public Task<IResult> ReceiveAsync(string platform, HttpRequest request, Func<byte[], Verification> verify,
        Func<byte[], ParsedWebhook> parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verify);
        ArgumentNullException.ThrowIfNull(parse);
        return ReceiveAsync(platform, request, (body, _) => ValueTask.FromResult(verify(body)), (body, _) => ValueTask.FromResult(parse(body)), cancellationToken);
    }

    /// <summary>The same, for platforms whose check (a JWT against fetched keys) or parse (an API fetch) is asynchronous.</summary>
    public async Task<IResult> ReceiveAsync(string platform, HttpRequest request, Func<byte[], CancellationToken, ValueTask<Verification>> verify,
        Func<byte[], CancellationToken, ValueTask<ParsedWebhook>> parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(verify);
        ArgumentNullException.ThrowIfNull(parse);
        var body = await WebhookBody.ReadAsync(request, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            LogRejected(logger, platform, 413, "body too large");
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
                detail: $"Deliveries over {limits.Value.MaxBodyBytes} bytes are refused.");
        }

        var verification = await verify(body, cancellationToken);
        if (!verification.IsValid)
        {
            health?.Record(platform, HealthMetric.SignatureFailure); // an in-memory tally, flushed in the background
            LogRejected(logger, platform, verification.StatusCode, $"authenticity {verification.Check}");
            return TypedResults.Problem(statusCode: verification.StatusCode, title: "Signature check failed", detail: verification.Detail);
        }

        var parsed = await parse(body, cancellationToken);
        if (parsed.Error is not null)
        {
            LogRejected(logger, platform, parsed.ErrorStatus, parsed.Error);
            return TypedResults.Problem(statusCode: parsed.ErrorStatus, title: "Delivery not accepted", detail: parsed.Error);
        }

        foreach (var ignored in parsed.Ignored)
        {
            LogIgnored(logger, platform, ignored.What, ignored.Reason);
        }

        try
        {
            await publisher.PublishAsync(parsed.Events, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogQueueUnavailable(logger, e, parsed.Events.Count, platform);
            return QueueUnavailable();
        }

        LogAccepted(logger, platform, parsed.Events.Count, parsed.Ignored.Count);
        return TypedResults.Ok(new WebhookReceipt(parsed.Events.Count, parsed.Ignored));
    }

    /// <summary>503 with a retry hint: nothing was acknowledged, the platform must deliver again.</summary>
    public static IResult QueueUnavailable() =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Queue unavailable",
            detail: "The events could not be queued; retry the delivery.", extensions: new Dictionary<string, object?> { ["retryAfter"] = 30 });

    /// <summary>404 for a platform this deployment has no secret for: nothing is accepted unauthenticated.</summary>
    public static IResult NotConfigured(string platform, string setting) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{platform} webhooks are not configured",
            detail: $"Set {setting} to receive {platform} deliveries.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} delivery rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string platform, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} change ignored ({What}): {Reason}")]
    private static partial void LogIgnored(ILogger logger, string platform, string what, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue {Count} {Platform} events; answered 503 so the platform retries")]
    private static partial void LogQueueUnavailable(ILogger logger, Exception exception, int count, string platform);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform} delivery accepted: {Queued} events queued, {Ignored} changes ignored")]
    private static partial void LogAccepted(ILogger logger, string platform, int queued, int ignored);
}
