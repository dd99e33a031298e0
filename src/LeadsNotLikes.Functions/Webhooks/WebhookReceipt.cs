namespace LeadsNotLikes.Webhooks;

/// <summary>The 200 answer to a delivery: how many events were queued, and each change that was not, with why.</summary>
public sealed record WebhookReceipt(int Queued, IReadOnlyList<IgnoredChange> Ignored);
