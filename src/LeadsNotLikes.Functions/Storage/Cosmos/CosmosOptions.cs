using System.ComponentModel.DataAnnotations;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>Settings section <c>Cosmos</c> (environment: <c>Cosmos__Endpoint</c>, ...).</summary>
public sealed class CosmosOptions
{
    public const string SectionName = "Cosmos";

    /// <summary>Account endpoint, e.g. <c>https://myaccount.documents.azure.com:443/</c>.</summary>
    [Required]
    [Url]
    public string Endpoint { get; set; } = "";

    /// <summary>Account key; only for the local emulator. Unset means Entra ID (managed identity).</summary>
    public string? Key { get; set; }

    [Required]
    public string Database { get; set; } = "leadsnotlikes";

    /// <summary>
    /// True for the local Cosmos DB server: Gateway mode limited to the endpoint, and the database and containers
    /// are created at start-up (in Azure they come from Bicep, and data-plane RBAC cannot create them).
    /// </summary>
    public bool LocalEmulator { get; set; }

    /// <summary>How long leads, counters and digest records are kept (Cosmos DB TTL).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 400;
}
