namespace LeadsNotLikes.Webhooks;

/// <summary>An account's webhook URL and, for Standard Webhooks, the signing secret to give the sender.</summary>
public sealed record WebhookEndpoint(string Platform, string AccountId, string Url, string? Secret);
