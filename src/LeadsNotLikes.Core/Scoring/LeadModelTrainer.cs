namespace LeadsNotLikes.Scoring;

/// <summary>
/// Trains the lead model: logistic regression over the binary features with a Gaussian prior centred on
/// the hand-set weights (<see cref="LeadModel.Prior"/>), by projected gradient descent that keeps each weight
/// on its declared side of zero (a giveaway cue can never raise a score). Deterministic.
/// </summary>
public static class LeadModelTrainer
{
    /// <summary>Fits weights to <paramref name="examples"/>; features the data cannot train keep their fixed weights.</summary>
    public static LeadModel Train(IReadOnlyList<TrainingExample> examples, double l2 = 1.0, int iterations = 4000, LeadModel? prior = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        prior ??= LeadModel.Prior;
        var extractor = new FeatureExtractor(CueLexicon.Default);
        var infos = extractor.Features;
        var rows = new int[examples.Count][];
        var labels = new double[examples.Count];
        var features = new FeatureSpan[infos.Count];
        for (var e = 0; e < examples.Count; e++)
        {
            extractor.Extract(examples[e].Request, null, features);
            rows[e] = [.. Enumerable.Range(0, infos.Count).Where(i => features[i].On && infos[i].Trained)];
            labels[e] = examples[e].IsLead ? 1 : 0;
        }

        var mean = infos.Select(f => prior.Weights.GetValueOrDefault(f.Name)).ToArray();
        var w = (double[])mean.Clone();
        var bias = prior.Bias;
        var gradient = new double[infos.Count];
        var n = Math.Max(examples.Count, 1);
        const double rate = 0.5;
        for (var it = 0; it < iterations; it++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            for (var e = 0; e < rows.Length; e++)
            {
                var z = bias;
                foreach (var i in rows[e])
                {
                    z += w[i];
                }

                var error = (1 / (1 + Math.Exp(-z))) - labels[e];
                biasGradient += error;
                foreach (var i in rows[e])
                {
                    gradient[i] += error;
                }
            }

            bias -= rate * biasGradient / n;
            for (var i = 0; i < w.Length; i++)
            {
                if (!infos[i].Trained)
                {
                    continue;
                }

                w[i] -= rate * ((gradient[i] + (l2 * (w[i] - mean[i]))) / n);
                w[i] = infos[i].Sign switch
                {
                    CueSign.Positive => Math.Max(w[i], 0),
                    CueSign.Negative => Math.Min(w[i], 0),
                    _ => w[i],
                };
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < infos.Count; i++)
        {
            weights[infos[i].Name] = infos[i].Trained ? Math.Round(w[i], 4) : FeatureExtractor.FixedWeight(infos[i].Name);
        }

        return new LeadModel(Math.Round(bias, 4), weights);
    }
}
