namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>One post's counters for the day, summed over their shards.</summary>
public sealed record PostCounts(int ReactionsAdded, int ReactionsRemoved, int Comments);
