namespace LeadsNotLikes.Scoring;

/// <summary>A labeled request for training or evaluating the lead model.</summary>
public sealed record TrainingExample(ScoringRequest Request, bool IsLead, LeadIntent Intent = LeadIntent.None);
