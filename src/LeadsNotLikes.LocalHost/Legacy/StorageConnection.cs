using Azure.Core;
using Azure.Identity;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// Where the queues are and how to authenticate, read from the same settings the Functions host uses for its
/// queue trigger (azure-facts.md A.4, E.1): either a connection string in <c>AzureWebJobsStorage</c> (Shared Key;
/// <c>UseDevelopmentStorage=true</c> means Azurite), or identity-based settings
/// <c>AzureWebJobsStorage__queueServiceUri</c> / <c>__accountName</c> with <c>__credential</c> and <c>__clientId</c>.
/// </summary>
public sealed record StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>The identity-based sub-settings read under <see cref="SettingName"/> (as <c>AzureWebJobsStorage__accountName</c>, ...).</summary>
    public static IReadOnlyList<string> IdentitySettings { get; } = ["accountName", "queueServiceUri", "credential", "clientId"];

    /// <summary>The Azurite well-known development account key (public, documented by Microsoft).</summary>
    internal const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The queue service endpoint, ending without a slash (Azurite: <c>http://127.0.0.1:10001/devstoreaccount1</c>).</summary>
    public required Uri QueueServiceUri { get; init; }

    public required string AccountName { get; init; }

    /// <summary>Set for Shared Key authentication.</summary>
    public byte[]? AccountKey { get; init; }

    /// <summary>Set for Entra ID (managed identity) authentication.</summary>
    public TokenCredential? Credential { get; init; }

    public static StorageConnection FromConfiguration(IConfiguration configuration, string name = SettingName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return Parse(connectionString);
        }

        var section = configuration.GetSection(name);
        var accountName = section["accountName"];
        var queueServiceUri = section["queueServiceUri"] is { Length: > 0 } uri ? new Uri(uri.TrimEnd('/'))
            : accountName is { Length: > 0 } ? new Uri($"https://{accountName}.queue.core.windows.net")
            : throw new InvalidOperationException(
                $"Storage is not configured: set '{name}' to a connection string, or '{name}__accountName' (or '{name}__queueServiceUri') for a managed identity.");

        var clientId = section["clientId"];
        TokenCredential credential = string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });

        return new StorageConnection
        {
            QueueServiceUri = queueServiceUri,
            AccountName = accountName ?? queueServiceUri.Host.Split('.')[0],
            Credential = credential,
        };
    }

    /// <summary>Parses a storage connection string, including the <c>UseDevelopmentStorage=true</c> shortcut.</summary>
    public static StorageConnection Parse(string connectionString)
    {
        var parts = connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && string.Equals(dev, "true", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageConnection
            {
                QueueServiceUri = new Uri("http://127.0.0.1:10001/devstoreaccount1"),
                AccountName = "devstoreaccount1",
                AccountKey = Convert.FromBase64String(DevelopmentAccountKey),
            };
        }

        if (!parts.TryGetValue("AccountName", out var account) || !parts.TryGetValue("AccountKey", out var key))
        {
            throw new InvalidOperationException(
                "The storage connection string needs AccountName and AccountKey (shared access signatures are not supported).");
        }

        byte[] keyBytes;
        try
        {
            keyBytes = Convert.FromBase64String(key);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("The storage connection string's AccountKey is not valid base64.");
        }

        var endpoint = parts.TryGetValue("QueueEndpoint", out var queueEndpoint)
            ? queueEndpoint.TrimEnd('/')
            : $"{parts.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{account}.queue.{parts.GetValueOrDefault("EndpointSuffix", "core.windows.net")}";

        return new StorageConnection { QueueServiceUri = new Uri(endpoint), AccountName = account, AccountKey = keyBytes };
    }
}
