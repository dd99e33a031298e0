namespace LeadsNotLikes.Storage.Queues;

/// <summary>Queue names; <see cref="Events"/> must match <c>queueName</c> in functions/Score/function.json (a test checks).</summary>
public static class QueueNames
{
    /// <summary>Verified, normalized engagement events waiting to be scored and counted.</summary>
    public const string Events = "engagement-events";

    /// <summary>Where the Functions host moves events that failed <c>maxDequeueCount</c> times.</summary>
    public const string EventsPoison = Events + "-poison";

    /// <summary>Events for accounts no team has claimed yet; kept (no expiry) until replayed.</summary>
    public const string Unrouted = "engagement-unrouted";
}
