using System.Text;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Drives one queue-triggered function the way the Storage Queues extension does (isolated-worker-facts.md 4): polls
/// with back-off up to <c>maxPollingInterval</c>, takes up to <c>batchSize</c> messages under a 10-minute lease that
/// is renewed while the function runs, fetches the next batch when no more than <c>newBatchThreshold</c> are in
/// flight, decodes base64 (host.json messageEncoding), and then deletes on success; on failure it makes the message
/// visible again after <c>visibilityTimeout</c>, or, once <c>DequeueCount</c> reaches <c>maxDequeueCount</c>, moves
/// its original text to <c>&lt;queue&gt;-poison</c>. A message that is not valid base64 goes straight to poison.
/// </summary>
internal sealed partial class QueueTriggerListener(
    FunctionDefinition function,
    QueueSettings settings,
    QueueClient queue,
    QueueClient poisonQueue,
    IFunctionInvoker invoker,
    TimeProvider time,
    ILogger logger)
{
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Clients for <paramref name="queueName"/> and its poison queue, raw text (this listener decodes base64 itself).</summary>
    public static (QueueClient Queue, QueueClient Poison) Clients(string connectionString, string queueName)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        return (new QueueClient(connectionString, queueName, options), new QueueClient(connectionString, queueName + "-poison", options));
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var delay = MinimumPollingInterval;
        var inFlight = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = await ReceiveAsync(stoppingToken);
            if (batch.Count == 0)
            {
                await Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            delay = MinimumPollingInterval;
            inFlight.AddRange(batch.Select(message => ProcessAsync(message, stoppingToken)));
            inFlight.RemoveAll(t => t.IsCompleted);
            while (inFlight.Count > settings.EffectiveNewBatchThreshold)
            {
                await Task.WhenAny(inFlight);
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(inFlight);
    }

    /// <summary>Runs the function once on <paramref name="messageText"/> (already decoded), as the host's admin endpoint does.</summary>
    public Task<InvocationResult> InvokeOnceAsync(string messageText, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var message = new QueueMessageData(Guid.NewGuid().ToString(), "", 1, now, now.AddDays(7), now, Encoding.UTF8.GetBytes(messageText));
        return invoker.InvokeAsync(function, TriggerData.ForQueueMessage(function, message), cancellationToken);
    }

    internal async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            if (message.DequeueCount > settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, message.PopReceipt, "it was already dequeued more than maxDequeueCount times", stoppingToken);
                return;
            }

            if (Decode(message.Body) is not { } body)
            {
                await MoveToPoisonAsync(message, message.PopReceipt, "it is not valid base64 (host.json messageEncoding is base64)", stoppingToken);
                return;
            }

            using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var lease = new LeaseRenewal(message.PopReceipt);
            var renewing = RenewLeaseAsync(message, lease, renewal.Token);
            var data = new QueueMessageData(message.MessageId, message.PopReceipt, message.DequeueCount,
                message.InsertedOn ?? time.GetUtcNow(), message.ExpiresOn ?? DateTimeOffset.MaxValue, message.NextVisibleOn ?? time.GetUtcNow(), body);
            var result = await invoker.InvokeAsync(function, TriggerData.ForQueueMessage(function, data), stoppingToken);
            await renewal.CancelAsync();
            await renewing;

            if (result.Succeeded)
            {
                await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, stoppingToken);
            }
            else if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, lease.PopReceipt, $"it failed {message.DequeueCount} times", stoppingToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, lease.PopReceipt, messageText: null, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the message is delivered again, as after a host restart.
        }
        catch (RequestFailedException e)
        {
            // The message stays leased and is delivered again when its lease runs out, as after a host failure.
            LogCompletionFailed(logger, Name, message.MessageId, e.Message);
        }
    }

    private string Name => queue.Name;

    private byte[]? Decode(BinaryData body)
    {
        if (!settings.Base64Encoding)
        {
            return body.ToArray();
        }

        try
        {
            return Convert.FromBase64String(body.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt, string reason, CancellationToken cancellationToken)
    {
        if (Name.EndsWith("-poison", StringComparison.OrdinalIgnoreCase))
        {
            return; // a poison queue has no poison queue: the message stays invisible until its lease runs out
        }

        await poisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poisonQueue.SendMessageAsync(message.Body.ToString(), cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
        LogMovedToPoison(logger, Name, message.MessageId, poisonQueue.Name, reason);
    }

    private async Task RenewLeaseAsync(QueueMessage message, LeaseRenewal lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 2, time, cancellationToken);
                var receipt = await queue.UpdateMessageAsync(message.MessageId, lease.PopReceipt, messageText: null, visibilityTimeout: Lease, cancellationToken: cancellationToken);
                lease.PopReceipt = receipt.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
            // The invocation finished.
        }
        catch (RequestFailedException e)
        {
            // Renewal failed (message gone or re-leased): stop renewing; completion uses the last receipt we have.
            LogRenewalFailed(logger, Name, message.MessageId, e.Message);
        }
    }

    private async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await queue.ReceiveMessagesAsync(settings.BatchSize, Lease, cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return []; // the queue does not exist yet; the host keeps polling
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException && !cancellationToken.IsCancellationRequested)
        {
            LogPollingFailed(logger, Name, e.Message);
            return [];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }

    private async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: could not complete message {MessageId}: {Reason}")]
    private static partial void LogCompletionFailed(ILogger logger, string queue, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: message {MessageId} moved to {PoisonQueue} because {Reason}")]
    private static partial void LogMovedToPoison(ILogger logger, string queue, string messageId, string poisonQueue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: could not extend the lease of message {MessageId}: {Reason}")]
    private static partial void LogRenewalFailed(ILogger logger, string queue, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: polling failed: {Reason}")]
    private static partial void LogPollingFailed(ILogger logger, string queue, string reason);

    private sealed class LeaseRenewal(string popReceipt)
    {
        public string PopReceipt { get; set; } = popReceipt;
    }
}
