namespace LeadsNotLikes.Scoring;

/// <summary>A 0–100 lead score, the decision against the team's threshold, and why.</summary>
public sealed record LeadScore(int Score, bool IsLead, LeadIntent Intent, IReadOnlyList<Evidence> Evidence);
