using System.Text.Json.Serialization;

namespace LeadsNotLikes.Leads;

/// <summary>A lead the team marked not-a-lead, as a line of a lead-intent JSONL file (the format <c>evaluate</c> reads).</summary>
public sealed record FeedbackRow
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("platform")]
    public required string Platform { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("rating")]
    public int? Rating { get; init; }

    /// <summary>Not detected: <c>und</c> (undetermined).</summary>
    [JsonPropertyName("lang")]
    public string Lang { get; init; } = "und";

    [JsonPropertyName("business")]
    public required string Business { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("lead")]
    public bool Lead { get; init; }

    [JsonPropertyName("intent")]
    public string Intent { get; init; } = "none";

    [JsonPropertyName("note")]
    public required string Note { get; init; }
}
