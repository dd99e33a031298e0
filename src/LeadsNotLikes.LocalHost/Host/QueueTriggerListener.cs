using System.Text;
using Azure;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Drives one queue-triggered function the way the Storage Queues extension does (azure-facts.md B): polls with
/// back-off up to <c>maxPollingInterval</c>, takes up to <c>batchSize</c> messages under a 10-minute lease that is
/// renewed while the function runs, decodes base64, and then deletes on success; on failure it makes the message
/// visible again after <c>visibilityTimeout</c>, or, once <c>DequeueCount</c> reaches <c>maxDequeueCount</c>, moves
/// it to <c>&lt;queue&gt;-poison</c>. A message that is not valid base64 goes straight to the poison queue.
/// </summary>
public sealed class QueueTriggerListener(
    FunctionDefinition function,
    QueueSettings settings,
    StorageQueueClient queues,
    FunctionInvoker invoker,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    private string Queue => function.QueueName!;

    private string PoisonQueue => Queue + "-poison";

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
    public async Task<bool> InvokeOnceAsync(string messageText, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var message = new QueueMessage(Guid.NewGuid().ToString(), "", 1, now, now.AddDays(7), now, messageText);
        return await invoker.InvokeAsync(function, InvocationEnvelope.ForQueueMessage(function, message, messageText, now), cancellationToken);
    }

    internal async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            if (message.DequeueCount > settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, "it was already dequeued more than maxDequeueCount times", stoppingToken);
                return;
            }

            if (Decode(message.Text) is not { } text)
            {
                await MoveToPoisonAsync(message, "it is not valid base64 (host.json messageEncoding is base64)", stoppingToken);
                return;
            }

            using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var lease = new LeaseRenewal(message.PopReceipt);
            var renewing = RenewLeaseAsync(message, lease, renewal.Token);
            var succeeded = await invoker.InvokeAsync(function, InvocationEnvelope.ForQueueMessage(function, message, text, time.GetUtcNow()), stoppingToken);
            await renewal.CancelAsync();
            await renewing;

            if (succeeded)
            {
                await queues.DeleteMessageAsync(Queue, message.MessageId, lease.PopReceipt, stoppingToken);
            }
            else if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message with { PopReceipt = lease.PopReceipt }, $"it failed {message.DequeueCount} times", stoppingToken);
            }
            else
            {
                await queues.UpdateVisibilityAsync(Queue, message.MessageId, lease.PopReceipt, settings.VisibilityTimeout, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the message is delivered again, as after a host restart.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message stays leased and is delivered again when its lease runs out, as after a host failure.
            logger.LogWarning("Queue {Queue}: could not complete message {MessageId}: {Reason}", Queue, message.MessageId, e.Message);
        }
    }

    private string? Decode(string text)
    {
        if (!settings.Base64Encoding)
        {
            return text;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string reason, CancellationToken cancellationToken)
    {
        await queues.CreateQueueIfNotExistsAsync(PoisonQueue, cancellationToken);
        await queues.SendMessageAsync(PoisonQueue, message.Text, cancellationToken: cancellationToken);
        await queues.DeleteMessageAsync(Queue, message.MessageId, message.PopReceipt, cancellationToken);
        logger.LogWarning("Queue {Queue}: message {MessageId} moved to {PoisonQueue} because {Reason}", Queue, message.MessageId, PoisonQueue, reason);
    }

    private async Task RenewLeaseAsync(QueueMessage message, LeaseRenewal lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 2, time, cancellationToken);
                lease.PopReceipt = await queues.UpdateVisibilityAsync(Queue, message.MessageId, lease.PopReceipt, Lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The invocation finished.
        }
        catch (RequestFailedException e)
        {
            // Renewal failed (message gone or re-leased): stop renewing; completion uses the last receipt we have.
            logger.LogWarning("Queue {Queue}: could not extend the lease of message {MessageId}: {Reason}", Queue, message.MessageId, e.Message);
        }
    }

    private async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await queues.ReceiveMessagesAsync(Queue, settings.BatchSize, Lease, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return []; // the queue does not exist yet; the host keeps polling
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Queue {Queue}: polling failed: {Reason}", Queue, e.Message);
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

    private sealed class LeaseRenewal(string popReceipt)
    {
        public string PopReceipt { get; set; } = popReceipt;
    }
}
