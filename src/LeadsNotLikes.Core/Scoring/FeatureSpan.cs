namespace LeadsNotLikes.Scoring;

/// <summary>Whether a feature fired and the span of the original text that made it fire (Length 0 for context).</summary>
internal struct FeatureSpan
{
    public bool On;
    public int Start;
    public int Length;
}
