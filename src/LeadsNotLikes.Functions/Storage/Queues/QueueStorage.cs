using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// Registers the app's <see cref="QueueServiceClient"/> from the same setting the queue trigger uses,
/// <c>AzureWebJobsStorage</c> (azure-facts.md E.1): a connection string (Azurite locally), or, in Azure, the
/// identity-based form <c>AzureWebJobsStorage__queueServiceUri</c> (or <c>__serviceUri</c>, or <c>__accountName</c>)
/// with <c>__credential</c> and <c>__clientId</c>. Messages are base64, the trigger's default <c>messageEncoding</c>.
/// </summary>
public static class QueueStorage
{
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>The identity-based sub-settings read under <see cref="SettingName"/> (as <c>AzureWebJobsStorage__accountName</c>, ...).</summary>
    public static IReadOnlyList<string> IdentitySettings { get; } = ["accountName", "queueServiceUri", "serviceUri", "credential", "clientId"];

    public static IServiceCollection AddQueueStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SettingName);
        var connectionString = section.Value;
        var serviceUri = string.IsNullOrWhiteSpace(connectionString) ? QueueServiceUri(section) : null;
        services.AddAzureClients(clients =>
        {
            var client = serviceUri is null
                ? clients.AddQueueServiceClient(connectionString)
                : clients.AddQueueServiceClient(serviceUri).WithCredential(sp => sp.GetRequiredService<AzureComponentFactory>().CreateTokenCredential(section));
            client.ConfigureOptions(options =>
            {
                options.MessageEncoding = QueueMessageEncoding.Base64;

                // The SDK is the one retry layer for storage. A webhook waits on these sends, so retries stay short:
                // when storage is down the platform gets its 503 within seconds and redelivers later.
                options.Retry.MaxRetries = 3;
                options.Retry.Delay = TimeSpan.FromMilliseconds(200);
                options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
                options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
            });
        });
        services.AddSingleton<IEventPublisher, EventPublisher>();
        if (serviceUri is null)
        {
            services.AddSingleton<Hosting.IStartupTask, QueueSetup>(); // a connection string: local storage, whose queues no template created
        }

        return services;
    }

    /// <summary>The queue endpoint of the identity-based form; fails at start, naming the setting, when none is configured.</summary>
    internal static Uri QueueServiceUri(IConfigurationSection section) =>
        section["queueServiceUri"] is { Length: > 0 } queueUri ? new Uri(queueUri)
        : section["serviceUri"] is { Length: > 0 } serviceUri ? new Uri(serviceUri)
        : section["accountName"] is { Length: > 0 } account ? new Uri($"https://{account}.queue.core.windows.net")
        : throw new InvalidOperationException(
            $"Storage is not configured: set '{SettingName}' to a connection string, or '{SettingName}__queueServiceUri' (or '{SettingName}__accountName') for a managed identity.");
}
