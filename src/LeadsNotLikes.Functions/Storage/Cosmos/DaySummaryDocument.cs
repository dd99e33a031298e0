using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// A settled day's totals in the <c>engagement</c> container (<c>summary-{day}</c>), so a digest reads one small
/// document per earlier day for its comparisons and its 4-week content types instead of that day's counters again.
/// Written when a digest covers the day, or when a later digest needs a day that has none.
/// </summary>
public sealed record DaySummaryDocument
{
    public const string DocumentType = "daySummary";

    public required string Id { get; init; }

    public required string TeamId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string Day { get; init; }

    public IReadOnlyList<PlatformTotals> Platforms { get; init; } = [];

    public IReadOnlyList<ContentTypeTotals> ContentTypes { get; init; } = [];

    public DateTimeOffset ComputedAt { get; init; }

    public int Ttl { get; init; }

    public static string DocumentId(DateOnly day) => $"summary-{LeadStore.Day(day)}";
}
