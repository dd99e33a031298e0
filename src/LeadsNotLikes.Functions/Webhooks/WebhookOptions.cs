using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks;

/// <summary>Settings section <c>Webhooks</c>: limits that apply to every platform's webhook.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Largest accepted body; larger deliveries get 413. Meta batches up to 1,000 changes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
