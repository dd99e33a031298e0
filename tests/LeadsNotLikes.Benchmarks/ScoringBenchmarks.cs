using BenchmarkDotNet.Attributes;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Benchmarks;

/// <summary>
/// Scores <see cref="TypicalComments"/> once per invocation; results are per comment
/// (OperationsPerInvoke), so ns/op is the time to score one comment and "Allocated" its allocations.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Comments = 32;

    private readonly LeadScorer _scorer = new();
    private readonly string[] _teamWords = ["balayage", "gel nails", "MOT", "Invisalign", "boiler service", "ceramic coating", "tasting menu", "day pass"];

    private Func<ScoringRequest, LeadScore> _naiveScore = null!;
    private Func<ScoringRequest, LeadScore> _naivePerFamilyScore = null!;
    private Func<ScoringRequest, LeadScore> _scorerScore = null!;
    private Func<ScoringRequest, LeadScore> _scorerWithVocabularyScore = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (TypicalComments.All.Length != Comments)
        {
            throw new InvalidOperationException($"OperationsPerInvoke assumes {Comments} comments.");
        }

        var naive = new NaiveRegexScorer(LeadModel.Default);
        var naivePerFamily = new NaiveRegexScorer(LeadModel.Default, perFamily: true);
        Console.WriteLine($"// naive baseline: {naive.KeywordCount} keyword regexes, per-family variant: {naivePerFamily.KeywordCount}; {Comments} comments per invocation");
        _naiveScore = naive.Score;
        _naivePerFamilyScore = naivePerFamily.Score;
        _scorerScore = request => _scorer.Score(request);

        // As the pipeline does: a profile built from the team's stored settings for every event.
        _scorerWithVocabularyScore = request => _scorer.Score(request, new ScoringProfile { Threshold = 60, Vocabulary = _teamWords });
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Comments)]
    public int NaiveRegexPerKeyword() => ScoreAll(_naiveScore);

    [Benchmark(OperationsPerInvoke = Comments)]
    public int NaiveRegexPerFamily() => ScoreAll(_naivePerFamilyScore);

    [Benchmark(OperationsPerInvoke = Comments)]
    public int LeadScorer() => ScoreAll(_scorerScore);

    [Benchmark(OperationsPerInvoke = Comments)]
    public int LeadScorerWithTeamVocabulary() => ScoreAll(_scorerWithVocabularyScore);

    private static int ScoreAll(Func<ScoringRequest, LeadScore> score)
    {
        var sum = 0;
        foreach (var request in TypicalComments.All)
        {
            sum += score(request).Score;
        }

        return sum;
    }
}
