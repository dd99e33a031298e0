using System.Text.Json.Serialization;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>What Meta expects back from the data deletion callback: where the person can check, and a code.</summary>
public sealed record DataDeletionAnswer(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("confirmation_code")] string ConfirmationCode);
