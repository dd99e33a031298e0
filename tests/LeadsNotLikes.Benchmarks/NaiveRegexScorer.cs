using System.Text.RegularExpressions;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Benchmarks;

/// <summary>
/// The usual way: one compiled, case-insensitive <see cref="Regex"/> per keyword, each run over the text.
/// It uses the scorer's own cue phrases and weights (phrases with placeholders or gaps left out), so it
/// looks for the same words; it does not fold accents or stretched letters. With <c>perFamily</c> it
/// builds one alternation per cue family instead, the usual first optimisation.
/// </summary>
public sealed class NaiveRegexScorer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly (Regex Pattern, int Weight)[] _keywords;
    private readonly int _base;

    public NaiveRegexScorer(LeadModel model, bool perFamily = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        _base = 50 + (int)Math.Round(model.Bias * LeadModel.PointsPerLogit);
        var keywords = new List<(Regex, int)>();
        var family = new List<string>();
        var weight = 0;
        foreach (var raw in CueSource.Text.Split('\n').Append("[end"))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                if (perFamily && family.Count > 0)
                {
                    keywords.Add((new Regex($@"\b(?:{string.Join('|', family)})", Options), weight));
                }

                family.Clear();
                weight = (int)Math.Round(model.Weights.GetValueOrDefault(line.Trim('[', ']').Split(' ')[0]) * LeadModel.PointsPerLogit);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.StartsWith('#') || colon < 0 || line.StartsWith("alias:", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var phrase in line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (phrase.Contains('<', StringComparison.Ordinal) || phrase.Contains(" _", StringComparison.Ordinal) || phrase.Contains(" ~", StringComparison.Ordinal))
                {
                    continue;
                }

                var pattern = phrase.EndsWith('*') ? $@"{Regex.Escape(phrase[..^1])}\w*" : $@"{Regex.Escape(phrase)}\b";
                if (perFamily)
                {
                    family.Add(pattern);
                }
                else
                {
                    keywords.Add((new Regex($@"\b{pattern}", Options), weight));
                }
            }
        }

        _keywords = [.. keywords];
    }

    public int KeywordCount => _keywords.Length;

    public LeadScore Score(ScoringRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var evidence = new List<Evidence>();
        var total = _base;
        foreach (var (pattern, weight) in _keywords)
        {
            var match = pattern.Match(request.Text);
            if (match.Success)
            {
                evidence.Add(new Evidence(match.Index, match.Length, weight, pattern.ToString()));
                total += weight;
            }
        }

        var score = Math.Clamp(total, 0, 100);
        return new LeadScore(score, score >= ScoringProfile.DefaultThreshold, LeadIntent.None, evidence);
    }
}
