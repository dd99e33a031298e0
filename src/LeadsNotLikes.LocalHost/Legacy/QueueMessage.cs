namespace LeadsNotLikes.Storage.Queues;

/// <summary>A message received from a queue; <see cref="Text"/> is the raw <c>MessageText</c> (still encoded).</summary>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset NextVisibleTime,
    string Text);
