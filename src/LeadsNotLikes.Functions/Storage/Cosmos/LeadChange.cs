namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>What applying an event did to the team's leads.</summary>
public enum LeadChange
{
    /// <summary>Nothing changed: not a lead, a duplicate, or older than what is stored.</summary>
    Ignored,
    Created,
    Updated,

    /// <summary>An active lead was removed by its author or edited below the threshold.</summary>
    Withdrawn,
}
