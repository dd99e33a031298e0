namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>Where a lead stands: counted in digests, taken back by its author, or edited below the threshold.</summary>
public enum LeadStatus
{
    Active,
    Retracted,
    BelowThreshold,
}
