namespace LeadsNotLikes.Digest;

/// <summary>What a team can mark a lead as, from the email or the management API.</summary>
public enum LeadAction
{
    /// <summary>Someone answered it.</summary>
    Handled,

    /// <summary>It was not a lead: kept as feedback for scoring.</summary>
    NotALead,

    /// <summary>Back to open (management API only).</summary>
    Reopen,
}
