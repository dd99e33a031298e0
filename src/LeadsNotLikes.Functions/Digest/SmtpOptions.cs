using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Settings section <c>Smtp</c>: the relay digests are sent through (Azure Communication Services, Microsoft 365,
/// SendGrid's relay; maildev locally). <see cref="EnableSsl"/> means STARTTLS, as on port 587.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    /// <summary>A secret: Key Vault in Azure.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address digests come from.</summary>
    [Required]
    [EmailAddress]
    public string From { get; set; } = "";

    public string FromName { get; set; } = "LeadsNotLikes";
}
