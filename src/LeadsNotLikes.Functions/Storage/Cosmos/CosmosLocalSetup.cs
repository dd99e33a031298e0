using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Creates the database and containers at start-up against the local Cosmos DB server (<c>Cosmos__LocalEmulator=true</c>).
/// In Azure, Bicep creates them: data-plane RBAC cannot. Runs before the worker takes its first invocation (<see cref="Hosting.IStartupTask"/>).
/// </summary>
public sealed class CosmosLocalSetup(CosmosClient client, IOptions<CosmosOptions> options) : Hosting.IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var database = (await client.CreateDatabaseIfNotExistsAsync(options.Value.Database, cancellationToken: cancellationToken)).Database;
        await database.CreateContainerIfNotExistsAsync(
            IndexOnly(new ContainerProperties(CosmosContainers.Directory, CosmosContainers.DirectoryPartitionKey) { DefaultTimeToLive = -1 }, "/pk/?"),
            cancellationToken: cancellationToken);
        await database.CreateContainerIfNotExistsAsync(
            IndexOnly(new ContainerProperties(CosmosContainers.Engagement, CosmosContainers.EngagementPartitionKey) { DefaultTimeToLive = -1 }, "/type/?", "/day/?", "/status/?", "/resolution/?"),
            cancellationToken: cancellationToken);
    }

    /// <summary>The same indexing policy as infra/app/cosmos.bicep: only the paths the queries filter on.</summary>
    private static ContainerProperties IndexOnly(ContainerProperties container, params string[] paths)
    {
        container.IndexingPolicy.IncludedPaths.Clear();
        foreach (var path in paths)
        {
            container.IndexingPolicy.IncludedPaths.Add(new IncludedPath { Path = path });
        }

        container.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        return container;
    }
}
