namespace LeadsNotLikes.Scoring;

/// <summary>
/// A family of cue phrases that mean the same thing in any of the seven languages ("how much", "cuánto",
/// "was kostet"...): one feature of the model, with one weight and the intent it points to. When cues of
/// several intents fire, the family with the highest <see cref="IntentRank"/> (the most specific) decides.
/// </summary>
internal sealed record CueFamily(int Index, string Name, CueSign Sign, LeadIntent Intent, int IntentRank);
