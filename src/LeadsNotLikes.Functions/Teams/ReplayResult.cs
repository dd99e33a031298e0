namespace LeadsNotLikes.Teams;

/// <summary>How many parked events a replay moved back to the event queue.</summary>
public sealed record ReplayResult(int Replayed);
