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

    private NaiveRegexScorer _naive = null!;
    private NaiveRegexScorer _naivePerFamily = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (TypicalComments.All.Length != Comments)
        {
            throw new InvalidOperationException($"OperationsPerInvoke assumes {Comments} comments.");
        }

        _naive = new NaiveRegexScorer(LeadModel.Default);
        _naivePerFamily = new NaiveRegexScorer(LeadModel.Default, perFamily: true);
        Console.WriteLine($"// naive baseline: {_naive.KeywordCount} keyword regexes, per-family variant: {_naivePerFamily.KeywordCount}; {Comments} comments per invocation");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Comments)]
    public int NaiveRegexPerKeyword()
    {
        var sum = 0;
        foreach (var request in TypicalComments.All)
        {
            sum += _naive.Score(request).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments)]
    public int NaiveRegexPerFamily()
    {
        var sum = 0;
        foreach (var request in TypicalComments.All)
        {
            sum += _naivePerFamily.Score(request).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments)]
    public int LeadScorer()
    {
        var sum = 0;
        foreach (var request in TypicalComments.All)
        {
            sum += _scorer.Score(request).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments)]
    public int LeadScorerWithTeamVocabulary()
    {
        var sum = 0;
        foreach (var request in TypicalComments.All)
        {
            // As the pipeline does: a profile built from the team's stored settings for every event.
            sum += _scorer.Score(request, new ScoringProfile { Threshold = 60, Vocabulary = _teamWords }).Score;
        }

        return sum;
    }
}
