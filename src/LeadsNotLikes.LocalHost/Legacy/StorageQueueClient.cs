using System.Globalization;
using System.Security;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// A small, thread-safe client for the Azure Queue Storage REST API (azure-facts.md D) on Azure.Core's
/// <see cref="HttpPipeline"/>: Shared Key for Azurite and connection strings, bearer tokens for managed identity.
/// Message text is sent and returned as is; callers choose the encoding (the Functions trigger expects base64).
/// Errors throw <see cref="RequestFailedException"/> with the HTTP status and the <c>x-ms-error-code</c>.
/// </summary>
public sealed class StorageQueueClient
{
    /// <summary>The largest <c>MessageText</c> the service accepts: 64 KiB after encoding.</summary>
    public const int MaxMessageTextLength = 64 * 1024;

    private readonly HttpPipeline _pipeline;
    private readonly string _serviceUri;

    public StorageQueueClient(StorageConnection connection, QueueClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new QueueClientOptions();
        _serviceUri = connection.QueueServiceUri.AbsoluteUri.TrimEnd('/');
        HttpPipelinePolicy auth = connection.AccountKey is { } key
            ? new SharedKeyPolicy(connection.AccountName, key, options.TimeProvider)
            : new BearerTokenAuthenticationPolicy(
                connection.Credential ?? throw new ArgumentException("The connection has neither an account key nor a credential.", nameof(connection)),
                "https://storage.azure.com/.default");
        _pipeline = HttpPipelineBuilder.Build(options, perCallPolicies: [], perRetryPolicies: [auth], new ResponseClassifier());
    }

    /// <summary>Creates the queue; succeeds when it already exists.</summary>
    public async Task CreateQueueIfNotExistsAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, $"/{queue}");
        await SendAsync(message, cancellationToken, 201, 204, 409);
    }

    /// <summary>Puts a message; <paramref name="timeToLive"/> null means the service default (7 days), negative means never expire.</summary>
    public async Task<string> SendMessageAsync(string queue, string messageText, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        if (messageText.Length > MaxMessageTextLength)
        {
            throw new ArgumentException($"The message text is {messageText.Length} characters; the queue accepts at most {MaxMessageTextLength}.", nameof(messageText));
        }

        var ttl = timeToLive is { } t ? (t < TimeSpan.Zero ? "-1" : ((long)t.TotalSeconds).ToString(CultureInfo.InvariantCulture)) : null;
        using var message = CreateMessage(RequestMethod.Post, $"/{queue}/messages", ttl is null ? null : $"messagettl={ttl}");
        message.Request.Headers.SetValue("Content-Type", "application/xml");
        message.Request.Content = RequestContent.Create(System.Text.Encoding.UTF8.GetBytes(
            $"<QueueMessage><MessageText>{SecurityElement.Escape(messageText)}</MessageText></QueueMessage>"));
        var response = await SendAsync(message, cancellationToken, 201);
        return XDocument.Load(response.ContentStream!).Descendants("MessageId").First().Value;
    }

    /// <summary>Dequeues up to <paramref name="maxMessages"/> (1–32), hiding them for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, $"/{queue}/messages",
            $"numofmessages={Math.Clamp(maxMessages, 1, 32)}&visibilitytimeout={Seconds(visibilityTimeout, 1)}");
        return ParseMessages(await SendAsync(message, cancellationToken, 200));
    }

    /// <summary>Reads up to <paramref name="maxMessages"/> (1–32) without changing their visibility; pop receipts are empty.</summary>
    public async Task<IReadOnlyList<QueueMessage>> PeekMessagesAsync(string queue, int maxMessages, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, $"/{queue}/messages", $"peekonly=true&numofmessages={Math.Clamp(maxMessages, 1, 32)}");
        return ParseMessages(await SendAsync(message, cancellationToken, 200));
    }

    /// <summary>Deletes a received message; false when it is already gone or was re-leased by another receiver.</summary>
    public async Task<bool> DeleteMessageAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, $"/{queue}/messages/{Uri.EscapeDataString(messageId)}",
            $"popreceipt={Uri.EscapeDataString(popReceipt)}");
        var response = await SendAsync(message, cancellationToken, 204, 404, 400);
        return response.Status == 204;
    }

    /// <summary>Changes a received message's visibility (to retry later or extend a lease); returns the new pop receipt.</summary>
    public async Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, $"/{queue}/messages/{Uri.EscapeDataString(messageId)}",
            $"popreceipt={Uri.EscapeDataString(popReceipt)}&visibilitytimeout={Seconds(visibilityTimeout, 0)}");
        var response = await SendAsync(message, cancellationToken, 204);
        return response.Headers.TryGetValue("x-ms-popreceipt", out var receipt) ? receipt : popReceipt;
    }

    /// <summary>The service's approximate count of messages in the queue (visible and invisible).</summary>
    public async Task<int> GetApproximateMessageCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, $"/{queue}", "comp=metadata");
        var response = await SendAsync(message, cancellationToken, 200);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count)
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : 0;
    }

    private HttpMessage CreateMessage(RequestMethod method, string path, string? query = null)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(_serviceUri + path + (query is null ? "" : "?" + query)));
        request.Headers.SetValue("x-ms-version", QueueClientOptions.ServiceVersion);
        return message;
    }

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, params int[] expected)
    {
        message.BufferResponse = true;
        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (Array.IndexOf(expected, response.Status) < 0)
        {
            var code = response.Headers.TryGetValue("x-ms-error-code", out var c) ? c : null;
            throw new RequestFailedException(response.Status,
                $"Queue request {message.Request.Method} {message.Request.Uri.Path} failed: {response.Status} {code ?? response.ReasonPhrase}",
                code, innerException: null);
        }

        return response;
    }

    private static List<QueueMessage> ParseMessages(Response response) =>
        XDocument.Load(response.ContentStream!).Descendants("QueueMessage").Select(m => new QueueMessage(
            MessageId: m.Element("MessageId")!.Value,
            PopReceipt: m.Element("PopReceipt")?.Value ?? "",
            DequeueCount: long.Parse(m.Element("DequeueCount")?.Value ?? "0", CultureInfo.InvariantCulture),
            InsertionTime: Time(m, "InsertionTime"),
            ExpirationTime: Time(m, "ExpirationTime"),
            NextVisibleTime: Time(m, "TimeNextVisible"),
            Text: m.Element("MessageText")?.Value ?? "")).ToList();

    private static DateTimeOffset Time(XElement message, string name) =>
        message.Element(name) is { } e ? DateTimeOffset.Parse(e.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : default;

    private static string Seconds(TimeSpan span, int minimum) =>
        Math.Max(minimum, (long)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
