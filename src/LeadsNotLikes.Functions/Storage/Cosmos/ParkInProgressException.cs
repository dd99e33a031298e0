namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Another delivery of the same event is parking it right now. The Score function fails this delivery, so the queue
/// shows it again after its visibility timeout: by then the other park has finished (and this one is dropped as a
/// duplicate) or its lease has run out (and this one takes it over). Nothing is lost and nothing is parked twice.
/// </summary>
public sealed class ParkInProgressException : Exception
{
    public ParkInProgressException() { }

    public ParkInProgressException(string message) : base(message) { }

    public ParkInProgressException(string message, Exception innerException) : base(message, innerException) { }

    public static ParkInProgressException For(string eventId, DateTimeOffset? leaseUntil) =>
        new($"Event {eventId} is being parked by another delivery (lease until {leaseUntil:O}); this delivery is retried after the queue's visibility timeout.");
}
