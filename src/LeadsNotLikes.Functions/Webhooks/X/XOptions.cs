using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Webhooks.X;

/// <summary>Settings section <c>X</c>; without a consumer secret the X webhook answers 404.</summary>
public sealed class XOptions
{
    public const string SectionName = "X";

    /// <summary>The app's API Key Secret (consumer secret): answers the CRC and keys the delivery signature. Key Vault in Azure.</summary>
    [MinLength(8)]
    public string? ConsumerSecret { get; set; }
}
