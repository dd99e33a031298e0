namespace LeadsNotLikes.Scoring;

/// <summary>A 0–100 lead score, the decision against the team's threshold, and why.</summary>
public sealed record LeadScore(int Score, bool IsLead, LeadIntent Intent, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// Why the lead has its <see cref="Intent"/>: the spans and context that voted most for it, strongest first,
    /// with <see cref="Scoring.Evidence.Weight"/> their vote in points. Empty when the text is not a lead.
    /// </summary>
    public IReadOnlyList<Evidence> IntentEvidence { get; init; } = [];
}
