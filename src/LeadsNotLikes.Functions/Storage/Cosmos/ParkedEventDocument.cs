namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Marks an event as parked in <c>engagement-unrouted</c>, in the <c>directory</c> container, partitioned by account
/// (<c>parked:facebook:1234</c>), id = the event id. <see cref="Parked"/> is false while the park is under way, and
/// the delivery doing it holds the marker until <see cref="LeaseUntil"/> (null on markers written before leases).
/// </summary>
public sealed record ParkedEventDocument(string Id, string Pk, bool Parked, int Ttl, DateTimeOffset? LeaseUntil = null);
