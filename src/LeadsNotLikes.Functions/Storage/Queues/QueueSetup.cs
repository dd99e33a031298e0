using Azure.Storage.Queues;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// Creates the app's queues at start when storage is given by a connection string (Azurite locally), so the first
/// sends do not each meet a 404 first. In Azure the Bicep templates create them (infra/app/storage.bicep).
/// </summary>
public sealed class QueueSetup(QueueServiceClient service) : Hosting.IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var name in new[] { QueueNames.Events, QueueNames.EventsPoison, QueueNames.Unrouted })
        {
            await service.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
