namespace LeadsNotLikes.Digest;

/// <summary>Ingestion counts for one platform over the period: what arrived and what was turned away or dropped.</summary>
public sealed record HealthRow(string Platform, int Received, int SignatureFailures, int Duplicates, int Unrouted);
