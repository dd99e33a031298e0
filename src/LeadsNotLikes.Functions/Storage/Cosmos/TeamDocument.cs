using LeadsNotLikes.Teams;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>A team in the <c>directory</c> container; all teams share one partition, so listing them is one query.</summary>
public sealed record TeamDocument(string Id, Team Team, DateTimeOffset UpdatedAt)
{
    public const string Partition = "teams";

    public string Pk { get; init; } = Partition;
}
