namespace LeadsNotLikes.Scoring;

/// <summary>
/// Trains the lead model: logistic regression over the binary features with a Gaussian prior centred on
/// the hand-set weights (<see cref="LeadModel.Prior"/>), by projected gradient descent that keeps each weight
/// on its declared side of zero (a giveaway cue can never raise a score). Deterministic.
/// </summary>
public static class LeadModelTrainer
{
    /// <summary>Fits weights to <paramref name="examples"/>; features the data cannot train keep their fixed weights.</summary>
    public static LeadModel Train(IReadOnlyList<TrainingExample> examples, double l2 = 1.0, int iterations = 4000, LeadModel? prior = null, double intentL2 = 1.0, LexicalOptions? lexical = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        prior ??= LeadModel.Prior;
        var extractor = new FeatureExtractor(CueLexicon.Default);
        var infos = extractor.Features;
        var rows = new int[examples.Count][];
        var labels = new double[examples.Count];
        var features = new FeatureSpan[infos.Count];
        var exampleGrams = new List<string>[examples.Count];
        for (var e = 0; e < examples.Count; e++)
        {
            extractor.Extract(examples[e].Request, null, features);
            exampleGrams[e] = lexical is null ? [] : [.. LexicalLayer.Enumerate(examples[e].Request.Text).Select(g => g.Gram)];
            rows[e] = [.. Enumerable.Range(0, infos.Count).Where(i => features[i].On && infos[i].Trained)];
            labels[e] = examples[e].IsLead ? 1 : 0;
        }

        // The lexical back-off: grams seen in at least MinCount training texts become features after the cue
        // features, with mean 0 and their own (strong) pull toward it.
        var intentRows = rows;
        var grams = lexical is null ? [] : Vocabulary(exampleGrams, lexical.MinCount);
        var total = infos.Count + grams.Count;
        if (grams.Count > 0)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var g = 0; g < grams.Count; g++)
            {
                index[grams[g]] = infos.Count + g;
            }

            var lexicalRows = new int[examples.Count][];
            for (var e = 0; e < examples.Count; e++)
            {
                lexicalRows[e] = [.. rows[e], .. exampleGrams[e].Select(g => index.GetValueOrDefault(g, -1)).Where(i => i >= 0)];
            }

            rows = lexicalRows;
            intentRows = lexical!.Intent ? lexicalRows : intentRows;
        }

        // Stagewise (a back-off in the strict sense): the cue and intent weights are those of the cue-only model and
        // stay fixed; the grams learn only what the cues leave unexplained, so every cue keeps its cue-only weight.
        var cueModel = lexical is { Stagewise: true } ? Train(examples, l2, iterations, prior, intentL2) : null;
        if (cueModel is not null)
        {
            prior = cueModel;
        }

        var mean = infos.Select(f => prior.Weights.GetValueOrDefault(f.Name)).Concat(new double[grams.Count]).ToArray();
        var w = (double[])mean.Clone();
        var penalty = Enumerable.Range(0, total).Select(i => i < infos.Count ? l2 : lexical!.L2).ToArray();
        var bias = prior.Bias;
        var gradient = new double[total];
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
                if (i >= infos.Count)
                {
                    w[i] -= rate * ((gradient[i] + (penalty[i] * w[i])) / n);
                    continue;
                }

                if (!infos[i].Trained || cueModel is not null)
                {
                    continue;
                }

                w[i] -= rate * ((gradient[i] + (penalty[i] * (w[i] - mean[i]))) / n);
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

        // Only lexical weights worth at least half a score point are kept: the scorer adds whole points.
        for (var g = 0; g < grams.Count; g++)
        {
            if (Math.Abs(w[infos.Count + g] * LeadModel.PointsPerLogit) >= 0.5)
            {
                weights[LexicalLayer.Prefix + grams[g]] = Math.Round(w[infos.Count + g], 4);
            }
        }

        var names = infos.Select(f => f.Name).Concat(grams.Select(g => LexicalLayer.Prefix + g)).ToArray();
        var trained = infos.Select(f => f.Trained).Concat(grams.Select(_ => true)).ToArray();
        var intentPrior = infos.Select(f => cueModel is null
                ? (Func<LeadIntent, double>)(c => FeatureExtractor.IntentPrior(f, c))
                : c => cueModel.Weights.GetValueOrDefault(LeadModel.IntentWeightName(c, f.Name)))
            .Concat(grams.Select(_ => (Func<LeadIntent, double>)(_ => 0))).ToArray();
        var intentPenalty = Enumerable.Range(0, total).Select(i => i < infos.Count ? intentL2 : lexical!.IntentL2).ToArray();
        TrainIntent(examples, intentRows, names, trained, intentPrior, intentL2, intentPenalty, iterations, weights, infos.Count, cueModel);
        return new LeadModel(Math.Round(bias, 4), weights);
    }

    /// <summary>The grams seen in at least <paramref name="minCount"/> of the texts, in a fixed order.</summary>
    private static List<string> Vocabulary(List<string>[] exampleGrams, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var grams in exampleGrams)
        {
            foreach (var gram in grams)
            {
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        return [.. counts.Where(c => c.Value >= minCount).Select(c => c.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The intent decision: a softmax regression over the same features, fitted on the labeled leads only and
    /// pulled toward <see cref="FeatureExtractor.IntentPrior"/>, so an intent the leads rarely show keeps the
    /// vote of its own cues. Writes <c>intent:&lt;intent&gt;:&lt;feature&gt;</c> weights.
    /// </summary>
    private static void TrainIntent(IReadOnlyList<TrainingExample> examples, int[][] rows, string[] names, bool[] trained, Func<LeadIntent, double>[] prior, double biasL2, double[] l2, int iterations, Dictionary<string, double> weights, int cueCount, LeadModel? frozen = null)
    {
        LeadIntent[] intents = [.. Enum.GetValues<LeadIntent>().Where(i => i != LeadIntent.None)];
        var leads = Enumerable.Range(0, examples.Count).Where(e => examples[e].IsLead && examples[e].Intent != LeadIntent.None).ToArray();
        var k = intents.Length;
        var f = names.Length;
        var mean = new double[k, f];
        var w = new double[k, f];
        var biasMean = new double[k];
        var bias = new double[k];
        for (var c = 0; c < k; c++)
        {
            biasMean[c] = bias[c] = frozen is null ? FeatureExtractor.IntentBiasPrior(intents[c]) : frozen.Weights.GetValueOrDefault(LeadModel.IntentBiasName(intents[c]));
            for (var i = 0; i < f; i++)
            {
                mean[c, i] = w[c, i] = prior[i](intents[c]);
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
                if (frozen is null)
                {
                    bias[c] -= rate * (biasGradient[c] + (biasL2 * (bias[c] - biasMean[c]))) / n;
                }

                for (var i = frozen is null ? 0 : cueCount; i < f; i++)
                {
                    w[c, i] -= rate * (gradient[c, i] + (l2[i] * (w[c, i] - mean[c, i]))) / n;
                }
            }
        }

        for (var c = 0; c < k; c++)
        {
            weights[LeadModel.IntentBiasName(intents[c])] = Math.Round(bias[c], 4);
            for (var i = 0; i < cueCount; i++)
            {
                weights[LeadModel.IntentWeightName(intents[c], names[i])] = Math.Round(trained[i] ? w[c, i] : mean[c, i], 4);
            }

            for (var i = cueCount; i < f; i++)
            {
                if (Math.Abs(w[c, i] * LeadModel.PointsPerLogit) >= 0.5)
                {
                    weights[LeadModel.IntentWeightName(intents[c], names[i])] = Math.Round(w[c, i], 4);
                }
            }
        }
    }
}

/// <summary>
/// Options of the lexical back-off (<see cref="LexicalLayer"/>): the pull of the gram weights toward zero for the
/// lead decision and, when <see cref="Intent"/>, for the intent decision; grams seen in fewer than
/// <see cref="MinCount"/> training texts are left out.
/// </summary>
/// With <see cref="Stagewise"/>, the cue and intent weights are first fitted without grams and then held fixed while
/// the grams are fitted (a cue's weight and explanation are then the cue-only model's).
public sealed record LexicalOptions(double L2, int MinCount = 2, bool Intent = false, double IntentL2 = 8, bool Stagewise = false);
