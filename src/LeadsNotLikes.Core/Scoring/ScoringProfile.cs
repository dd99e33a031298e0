namespace LeadsNotLikes.Scoring;

/// <summary>
/// A team's scoring settings, changeable without a redeploy: the lead threshold and the team's own
/// product and service words, which count as buying context.
/// </summary>
public sealed record ScoringProfile
{
    public const int DefaultThreshold = 50;

    public static ScoringProfile Default { get; } = new();

    public int Threshold { get; init; } = DefaultThreshold;

    public IReadOnlyList<string> Vocabulary { get; init; } = [];
}
