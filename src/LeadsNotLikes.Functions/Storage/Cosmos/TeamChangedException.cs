namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>A team was created or changed by another request while this one was saving it; read it again and retry.</summary>
public sealed class TeamChangedException : Exception
{
    public TeamChangedException(string teamId, Exception innerException)
        : base($"Team '{teamId}' was changed by another request at the same time; read it again and retry.", innerException) => TeamId = teamId;

    public TeamChangedException()
    {
        TeamId = "";
    }

    public TeamChangedException(string message)
        : base(message) => TeamId = "";

    public string TeamId { get; }
}
