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
    private readonly ScoringProfile _teamProfile = new()
    {
        Threshold = 60,
        Vocabulary = ["balayage", "gel nails", "MOT", "Invisalign", "boiler service", "ceramic coating", "tasting menu", "day pass"],
    };

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
            sum += _scorer.Score(request, _teamProfile).Score;
        }

        return sum;
    }
}
