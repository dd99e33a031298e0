using System.Text.Json.Serialization;

namespace LeadsNotLikes.Cli;

/// <summary>One line of a lead-intent JSONL file (see shared/lead-intent/README.md).</summary>
public sealed record LabeledRow
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("platform")]
    public string? Platform { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("rating")]
    public int? Rating { get; init; }

    [JsonPropertyName("lang")]
    public required string Lang { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("lead")]
    public bool Lead { get; init; }

    [JsonPropertyName("intent")]
    public string Intent { get; init; } = "none";
}
