using System.Globalization;
using System.Text;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// The weights of the lead model: one per feature (cue family or context feature) in log-odds, and a bias.
/// A score is 50 + <see cref="PointsPerLogit"/> × (bias + sum of the weights of the features that fired),
/// clamped to 0–100, so 50 means even odds and every evidence span's weight adds up to the score.
/// The intent of a lead is a second, separate decision with its own weights, named
/// <c>intent:&lt;intent&gt;:&lt;feature&gt;</c> (and <c>intent:&lt;intent&gt;:(bias)</c>): the intent whose weights of the
/// features that fired add up highest wins.
/// </summary>
public sealed class LeadModel
{
    /// <summary>Score points per unit of log-odds.</summary>
    public const double PointsPerLogit = 12.5;

    /// <summary>Prefix of the intent weights' names.</summary>
    public const string IntentPrefix = "intent:";

    /// <summary>Prefix of the lexical back-off's weights: <c>lex:&lt;word&gt;</c> or <c>lex:&lt;word word&gt;</c>.</summary>
    public const string LexicalPrefix = "lex:";

    private const string BiasName = "(bias)";

    public LeadModel(double bias, IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Bias = bias;
        Weights = weights;
    }

    /// <summary>The shipped weights, trained by <c>LeadsNotLikes.Cli train</c> on the training part of the split.</summary>
    public static LeadModel Default { get; } = Parse(LeadWeights.Tsv);

    /// <summary>Hand-set weights that training regularizes toward (see Data/LeadPriors.cs).</summary>
    public static LeadModel Prior { get; } = Parse(LeadPriors.Tsv);

    public double Bias { get; }

    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>Reads <c>name&lt;TAB&gt;weight</c> lines; <c>#</c> starts a comment.</summary>
    public static LeadModel Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var bias = 0.0;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"Bad weight line: {line}");
            }

            var name = line[..tab];
            if (name == BiasName)
            {
                bias = weight;
            }
            else
            {
                weights[name] = weight;
            }
        }

        return new LeadModel(bias, weights);
    }

    /// <summary>The name of the weight of <paramref name="feature"/> (or <c>(bias)</c>) toward <paramref name="intent"/>.</summary>
    public static string IntentWeightName(LeadIntent intent, string feature) =>
        $"{IntentPrefix}{IntentName(intent)}:{feature}";

    /// <summary>The intent's name in weights and labeled files: <c>price</c> ... <c>service_recovery</c>.</summary>
    public static string IntentName(LeadIntent intent) => intent switch
    {
        LeadIntent.ServiceRecovery => "service_recovery",
        _ => intent.ToString().ToLowerInvariant(),
    };

    /// <summary>The bias name used for intent weights.</summary>
    public static string IntentBiasName(LeadIntent intent) => IntentWeightName(intent, BiasName);

    /// <summary>
    /// Writes the weights as <c>name&lt;TAB&gt;weight</c> lines: the lead weights strongest first, then the
    /// non-zero intent weights, intent by intent, strongest first.
    /// </summary>
    public string ToTsv()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{BiasName}\t{Bias:0.####}\n");
        var ordered = Weights
            .Where(w => !w.Key.StartsWith(IntentPrefix, StringComparison.Ordinal))
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Concat(Weights
                .Where(w => w.Key.StartsWith(IntentPrefix, StringComparison.Ordinal) && w.Value != 0)
                .OrderBy(w => w.Key[..w.Key.LastIndexOf(':')], StringComparer.Ordinal)
                .ThenByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal));
        foreach (var (name, weight) in ordered)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{name}\t{weight:0.####}\n");
        }

        return sb.ToString();
    }
}
