namespace LeadsNotLikes.Scoring;

/// <summary>
/// A span of the scored text that raised (positive weight) or lowered (negative weight) the score,
/// so a digest can highlight it. <see cref="Start"/> and <see cref="Length"/> index the original text.
/// </summary>
public sealed record Evidence(int Start, int Length, int Weight, string Cue);
