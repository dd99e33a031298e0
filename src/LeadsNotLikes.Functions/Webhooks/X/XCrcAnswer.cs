using System.Text.Json.Serialization;

namespace LeadsNotLikes.Webhooks.X;

/// <summary>The JSON answer to X's CRC check.</summary>
public sealed record XCrcAnswer([property: JsonPropertyName("response_token")] string ResponseToken);
