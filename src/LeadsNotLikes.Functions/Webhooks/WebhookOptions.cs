using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks;

/// <summary>Settings section <c>Webhooks</c>: limits that apply to every platform's webhook.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>
    /// Largest accepted body; larger deliveries get 413. Meta batches up to 1,000 changes and escapes non-ASCII
    /// text as 6-byte \uXXXX sequences, so a legitimate batch can run to several megabytes.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 8 * 1024 * 1024;
}
