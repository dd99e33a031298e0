namespace LeadsNotLikes.Scoring;

/// <summary>One feature of the lead model: a cue family or a context feature computed from the request.</summary>
internal sealed record FeatureInfo(string Name, CueSign Sign, LeadIntent Intent, int IntentRank = 0, bool Trained = true);
