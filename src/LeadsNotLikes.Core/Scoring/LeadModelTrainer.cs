namespace LeadsNotLikes.Scoring;

/// <summary>
/// Trains the lead model: logistic regression over the binary features with a Gaussian prior centred on
/// the hand-set weights (<see cref="LeadModel.Prior"/>), by projected gradient descent that keeps each weight
/// on its declared side of zero (a giveaway cue can never raise a score). Deterministic.
/// </summary>
public static class LeadModelTrainer
{
    /// <summary>Fits weights to <paramref name="examples"/>; features the data cannot train keep their fixed weights.</summary>
    public static LeadModel Train(IReadOnlyList<TrainingExample> examples, double l2 = 1.0, int iterations = 4000, LeadModel? prior = null, double intentL2 = 1.0)
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

        TrainIntent(examples, rows, infos, intentL2, iterations, weights);
        return new LeadModel(Math.Round(bias, 4), weights);
    }

    /// <summary>
    /// The intent decision: a softmax regression over the same features, fitted on the labeled leads only and
    /// pulled toward <see cref="FeatureExtractor.IntentPrior"/>, so an intent the leads rarely show keeps the
    /// vote of its own cues. Writes <c>intent:&lt;intent&gt;:&lt;feature&gt;</c> weights.
    /// </summary>
    private static void TrainIntent(IReadOnlyList<TrainingExample> examples, int[][] rows, IReadOnlyList<FeatureInfo> infos, double l2, int iterations, Dictionary<string, double> weights)
    {
        LeadIntent[] intents = [.. Enum.GetValues<LeadIntent>().Where(i => i != LeadIntent.None)];
        var leads = Enumerable.Range(0, examples.Count).Where(e => examples[e].IsLead && examples[e].Intent != LeadIntent.None).ToArray();
        var k = intents.Length;
        var f = infos.Count;
        var mean = new double[k, f];
        var w = new double[k, f];
        var biasMean = new double[k];
        var bias = new double[k];
        for (var c = 0; c < k; c++)
        {
            biasMean[c] = bias[c] = FeatureExtractor.IntentBiasPrior(intents[c]);
            for (var i = 0; i < f; i++)
            {
                mean[c, i] = w[c, i] = FeatureExtractor.IntentPrior(infos[i], intents[c]);
            }
        }

        var gradient = new double[k, f];
        var biasGradient = new double[k];
        var p = new double[k];
        var n = Math.Max(leads.Length, 1);
        const double rate = 0.5;
        for (var it = 0; it < iterations && leads.Length > 0; it++)
        {
            Array.Clear(gradient);
            Array.Clear(biasGradient);
            foreach (var e in leads)
            {
                var max = double.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var z = bias[c];
                    foreach (var i in rows[e])
                    {
                        z += w[c, i];
                    }

                    p[c] = z;
                    max = Math.Max(max, z);
                }

                var sum = 0.0;
                for (var c = 0; c < k; c++)
                {
                    p[c] = Math.Exp(p[c] - max);
                    sum += p[c];
                }

                for (var c = 0; c < k; c++)
                {
                    var error = (p[c] / sum) - (intents[c] == examples[e].Intent ? 1 : 0);
                    biasGradient[c] += error;
                    foreach (var i in rows[e])
                    {
                        gradient[c, i] += error;
                    }
                }
            }

            for (var c = 0; c < k; c++)
            {
                bias[c] -= rate * (biasGradient[c] + (l2 * (bias[c] - biasMean[c]))) / n;
                for (var i = 0; i < f; i++)
                {
                    w[c, i] -= rate * (gradient[c, i] + (l2 * (w[c, i] - mean[c, i]))) / n;
                }
            }
        }

        for (var c = 0; c < k; c++)
        {
            weights[LeadModel.IntentBiasName(intents[c])] = Math.Round(bias[c], 4);
            for (var i = 0; i < f; i++)
            {
                weights[LeadModel.IntentWeightName(intents[c], infos[i].Name)] = Math.Round(infos[i].Trained ? w[c, i] : mean[c, i], 4);
            }
        }
    }
}
