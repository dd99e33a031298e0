using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Creates the database and containers at start-up against the local Cosmos DB server (<c>Cosmos__LocalEmulator=true</c>).
/// In Azure, Bicep creates them: data-plane RBAC cannot. Runs before the handler answers the host's readiness probe.
/// </summary>
public sealed class CosmosLocalSetup(CosmosClient client, IOptions<CosmosOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = (await client.CreateDatabaseIfNotExistsAsync(options.Value.Database, cancellationToken: cancellationToken)).Database;
        await database.CreateContainerIfNotExistsAsync(new ContainerProperties(CosmosContainers.Directory, CosmosContainers.DirectoryPartitionKey),
            cancellationToken: cancellationToken);
        var engagement = new ContainerProperties(CosmosContainers.Engagement, CosmosContainers.EngagementPartitionKey) { DefaultTimeToLive = -1 };
        engagement.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/ops/*" });
        engagement.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/text/?" });
        engagement.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/evidence/*" });
        await database.CreateContainerIfNotExistsAsync(engagement, cancellationToken: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
