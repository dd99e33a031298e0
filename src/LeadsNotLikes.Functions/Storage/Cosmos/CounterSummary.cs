using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>Counters over some days: each post's sums, and each day's totals (keyed yyyy-MM-dd).</summary>
public sealed record CounterSummary(IReadOnlyList<PostActivity> Posts, IReadOnlyDictionary<string, DayTotals> Days);
