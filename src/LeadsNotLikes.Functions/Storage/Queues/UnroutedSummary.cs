namespace LeadsNotLikes.Storage.Queues;

/// <summary>Parked events: the queue's approximate count, and a count per account key in a sample of them.</summary>
public sealed record UnroutedSummary(int ApproximateCount, IReadOnlyDictionary<string, int> SampleByAccount);
