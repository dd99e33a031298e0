namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>What the team said about a lead: answered, or not a lead at all (kept as scoring feedback).</summary>
public enum LeadResolution
{
    Handled,
    NotALead,
}
