namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Which team owns a platform account, in the <c>directory</c> container: id <c>facebook:1234</c>, found by a point read.
/// Creating it is how an account is claimed, so two teams can never own the same account.
/// </summary>
public sealed record AccountRouteDocument(string Id, string TeamId)
{
    public const string Partition = "accounts";

    public string Pk { get; init; } = Partition;
}
