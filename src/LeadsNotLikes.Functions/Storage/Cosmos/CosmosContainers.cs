namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// The two containers and their partition keys (mirrored in infra/ Bicep):
/// <c>directory</c> (<c>/pk</c>): teams and account routes, tiny and read by point reads or one-partition queries;
/// <c>engagement</c> (<c>/teamId</c>): leads, per-post-per-day counters and digest records, so every digest query
/// stays inside one team's partition.
/// </summary>
public static class CosmosContainers
{
    public const string Directory = "directory";
    public const string DirectoryPartitionKey = "/pk";
    public const string Engagement = "engagement";
    public const string EngagementPartitionKey = "/teamId";
}
