namespace LeadsNotLikes.LocalHost.Host;

/// <summary>A received queue message with its body already decoded (host.json messageEncoding), as the trigger sees it.</summary>
public sealed record QueueMessageData(
    string Id,
    string PopReceipt,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset NextVisibleTime,
    byte[] Body);
