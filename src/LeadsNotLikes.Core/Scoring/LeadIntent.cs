namespace LeadsNotLikes.Scoring;

/// <summary>Why a comment or review is a lead.</summary>
public enum LeadIntent
{
    None,
    Price,
    Availability,
    Booking,
    Contact,
    Purchase,
    Switching,
    ServiceRecovery,
}
