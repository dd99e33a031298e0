namespace LeadsNotLikes.Scoring;

/// <summary>A lexicon phrase of one cue family found over tokens [<see cref="First"/>, <see cref="Last"/>].</summary>
internal struct CueHit
{
    public int First;
    public int Last;
    public int Family;
}
