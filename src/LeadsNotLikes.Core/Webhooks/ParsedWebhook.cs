using LeadsNotLikes.Events;

namespace LeadsNotLikes.Webhooks;

/// <summary>
/// A verified delivery split into engagement events. <see cref="Error"/> is set when the body as a whole
/// cannot be used (then <see cref="ErrorStatus"/> says which 4xx to answer).
/// </summary>
public sealed record ParsedWebhook
{
    public IReadOnlyList<EngagementEvent> Events { get; init; } = [];

    public IReadOnlyList<IgnoredChange> Ignored { get; init; } = [];

    public string? Error { get; init; }

    public int ErrorStatus { get; init; }

    public static ParsedWebhook Malformed(string reason) => new() { Error = reason, ErrorStatus = 400 };

    public static ParsedWebhook Unsupported(string reason) => new() { Error = reason, ErrorStatus = 422 };

    /// <summary>Nothing is wrong with the delivery, but what it needs is not available now: 503, the sender retries.</summary>
    public static ParsedWebhook Retry(string reason) => new() { Error = reason, ErrorStatus = 503 };
}
