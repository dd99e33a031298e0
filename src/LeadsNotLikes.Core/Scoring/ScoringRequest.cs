using LeadsNotLikes.Events;

namespace LeadsNotLikes.Scoring;

/// <summary>What the scorer looks at: the text and, for reviews, the star rating.</summary>
public sealed record ScoringRequest(string Text, EngagementKind Kind, int? Rating = null, string? Platform = null);
