namespace LeadsNotLikes.Scoring;

/// <summary>
/// Scores a comment, reply, mention or review for lead intent, explainably: cue phrases in seven languages
/// (matched on folded text by precompiled automata) and context features feed a small linear model whose
/// weights are the evidence. Thread-safe and allocation-free apart from the result; use one instance.
/// </summary>
public sealed class LeadScorer
{
    private const int StackFeatures = 128;
    private const int MaxIntentEvidence = 3;
    private const int StackLexicalHits = 1024;

    private static readonly LeadIntent[] Intents = [.. Enum.GetValues<LeadIntent>().Where(i => i != LeadIntent.None)];

    private readonly int _currentProvider;
    private readonly int _switchingIntent;
    private readonly FeatureExtractor _extractor;
    private readonly int[] _points;
    private readonly int _biasPoints;
    private readonly int[] _intentPoints;
    private readonly int[] _intentBiasPoints;
    private readonly int[] _evidenceOf;
    private readonly LexicalLayer _lexical;
    private readonly string[] _lexicalNames;
    private readonly int[] _lexicalPoints;
    private readonly int[] _lexicalIntentPoints;

    /// <summary>Loads the shipped lexicon and weights once.</summary>
    public LeadScorer()
        : this(LeadModel.Default)
    {
    }

    /// <summary>Uses other weights with the shipped lexicon (training and cross-validation do this).</summary>
    public LeadScorer(LeadModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _extractor = new FeatureExtractor(CueLexicon.Default);
        var features = _extractor.Features;
        _points = new int[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            var weight = model.Weights.TryGetValue(features[i].Name, out var w) ? w : FeatureExtractor.FixedWeight(features[i].Name);
            _points[i] = (int)Math.Round(weight * LeadModel.PointsPerLogit);
        }

        _biasPoints = (int)Math.Round(model.Bias * LeadModel.PointsPerLogit);

        // The intent each feature is evidence of (its own cue family's intent), or -1. A product word names what
        // is wanted, not an act of buying, so it is no evidence of purchase on its own.
        _currentProvider = _extractor.IndexOf(FeatureExtractor.CurrentProvider);
        _switchingIntent = Array.IndexOf(Intents, LeadIntent.Switching);
        _evidenceOf = new int[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            var own = features[i].Intent;
            _evidenceOf[i] = own == LeadIntent.None || features[i].Sign == CueSign.Negative || features[i].Name == "purchase-topic"
                ? -1
                : Array.IndexOf(Intents, own);
        }

        // Intent weights: the model's if it has any (a missing one is then zero), else the priors.
        var trainedIntent = model.Weights.Keys.Any(k => k.StartsWith(LeadModel.IntentPrefix, StringComparison.Ordinal));
        _intentPoints = new int[Intents.Length * features.Count];
        _intentBiasPoints = new int[Intents.Length];
        for (var c = 0; c < Intents.Length; c++)
        {
            var bias = trainedIntent
                ? model.Weights.GetValueOrDefault(LeadModel.IntentBiasName(Intents[c]))
                : FeatureExtractor.IntentBiasPrior(Intents[c]);
            _intentBiasPoints[c] = (int)Math.Round(bias * LeadModel.PointsPerLogit);
            for (var i = 0; i < features.Count; i++)
            {
                var weight = trainedIntent
                    ? model.Weights.GetValueOrDefault(LeadModel.IntentWeightName(Intents[c], features[i].Name))
                    : FeatureExtractor.IntentPrior(features[i], Intents[c]);
                _intentPoints[(c * features.Count) + i] = (int)Math.Round(weight * LeadModel.PointsPerLogit);
            }
        }

        // The lexical back-off: every gram with a lead or an intent weight (see LexicalLayer).
        var grams = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in model.Weights.Keys)
        {
            var at = name.IndexOf(LexicalLayer.Prefix, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && name.StartsWith(LeadModel.IntentPrefix, StringComparison.Ordinal)))
            {
                grams.Add(name[(at + LexicalLayer.Prefix.Length)..]);
            }
        }

        _lexical = new LexicalLayer([.. grams]);
        _lexicalNames = [.. _lexical.Grams.Select(g => LexicalLayer.Prefix + g)];
        _lexicalPoints = [.. _lexicalNames.Select(n => (int)Math.Round(model.Weights.GetValueOrDefault(n) * LeadModel.PointsPerLogit))];
        _lexicalIntentPoints = new int[Intents.Length * _lexical.Count];
        for (var c = 0; c < Intents.Length; c++)
        {
            for (var g = 0; g < _lexical.Count; g++)
            {
                var weight = model.Weights.GetValueOrDefault(LeadModel.IntentWeightName(Intents[c], _lexicalNames[g]));
                _lexicalIntentPoints[(c * _lexical.Count) + g] = (int)Math.Round(weight * LeadModel.PointsPerLogit);
            }
        }
    }

    /// <summary>The score before any evidence: 50 plus the model's bias.</summary>
    public int BaseScore => 50 + _biasPoints;

    /// <summary>
    /// Scores <paramref name="request"/>. <see cref="LeadScore.Score"/> is <see cref="BaseScore"/> plus the
    /// weights of <see cref="LeadScore.Evidence"/>, clamped to 0–100; it is a lead at or above the profile's
    /// threshold, and only a lead has an intent.
    /// </summary>
    public LeadScore Score(ScoringRequest request, ScoringProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Text);
        profile ??= ScoringProfile.Default;

        // One scan of the text serves the cues and the word grams.
        var (tokenCount, normCount) = ScannedText.StackSizes(request.Text.Length);
        using var scanned = new ScannedText(request.Text, stackalloc Token[tokenCount], stackalloc char[normCount]);
        return Score(request, profile, scanned.Tokens, scanned.Norm);
    }

    private LeadScore Score(ScoringRequest request, ScoringProfile profile, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm)
    {
        var count = _points.Length;
        var features = count <= StackFeatures ? stackalloc FeatureSpan[count] : new FeatureSpan[count];
        _extractor.Extract(request, profile.Vocabulary, features, tokens, norm);

        // The features that fired, in index order (a handful of the ~100); every sum below runs over these only.
        var firedBuffer = count <= StackFeatures ? stackalloc int[count] : new int[count];
        var firedCount = 0;
        var total = BaseScore;
        var evidenceCount = 0;
        for (var i = 0; i < count; i++)
        {
            if (features[i].On)
            {
                firedBuffer[firedCount++] = i;
                if (_points[i] != 0)
                {
                    total += _points[i];
                    evidenceCount++;
                }
            }
        }

        ReadOnlySpan<int> fired = firedBuffer[..firedCount];

        // The lexical back-off: known words and word pairs add their (small) learned weights.
        var lexicalCapacity = _lexical.Count == 0 ? 0 : 2 * request.Text.Length;
        var lexical = lexicalCapacity <= StackLexicalHits ? stackalloc LexicalHit[lexicalCapacity] : new LexicalHit[lexicalCapacity];
        lexical = lexical[.._lexical.Match(tokens, norm, lexical)];
        foreach (var hit in lexical)
        {
            if (_lexicalPoints[hit.Gram] != 0)
            {
                total += _lexicalPoints[hit.Gram];
                evidenceCount++;
            }
        }

        var score = Math.Clamp(total, 0, 100);
        var isLead = score >= profile.Threshold;
        if (!isLead)
        {
            return new LeadScore(score, false, LeadIntent.None, BuildEvidence(features, fired, lexical, evidenceCount));
        }

        var intent = IntentOf(features, fired, lexical);
        return new LeadScore(score, true, Intents[intent], BuildEvidence(features, fired, lexical, evidenceCount))
        {
            IntentEvidence = BuildIntentEvidence(features, fired, lexical, intent),
        };
    }

    private Evidence[] BuildEvidence(ReadOnlySpan<FeatureSpan> features, ReadOnlySpan<int> fired, ReadOnlySpan<LexicalHit> lexical, int evidenceCount)
    {
        if (evidenceCount == 0)
        {
            return [];
        }

        var evidence = new Evidence[evidenceCount];
        var n = 0;
        var names = _extractor.Features;
        foreach (var i in fired)
        {
            if (_points[i] != 0)
            {
                evidence[n++] = new Evidence(features[i].Start, features[i].Length, _points[i], names[i].Name);
            }
        }

        foreach (var hit in lexical)
        {
            if (_lexicalPoints[hit.Gram] != 0)
            {
                evidence[n++] = new Evidence(hit.Start, hit.Length, _lexicalPoints[hit.Gram], _lexicalNames[hit.Gram]);
            }
        }

        // Reading order for the digest, context features (Length 0) first; an insertion sort allocates nothing.
        for (var i = 1; i < evidence.Length; i++)
        {
            var item = evidence[i];
            var j = i - 1;
            while (j >= 0 && (evidence[j].Start > item.Start || (evidence[j].Start == item.Start && evidence[j].Weight < item.Weight)))
            {
                evidence[j + 1] = evidence[j];
                j--;
            }

            evidence[j + 1] = item;
        }

        return evidence;
    }

    /// <summary>
    /// The intent decision, separate from the lead decision: each intent adds up its own weights of the
    /// features that fired ("how much" votes price, "any ... left" and "still" vote availability, a complaint
    /// with a request votes service recovery), and the highest total among the intents with evidence of their own
    /// wins (purchase needs an act of buying, not only a product word). Returns the index in <see cref="Intents"/>.
    /// </summary>
    private int IntentOf(ReadOnlySpan<FeatureSpan> features, ReadOnlySpan<int> fired, ReadOnlySpan<LexicalHit> lexical)
    {
        // Decisive: a customer of a named other provider who asks this business anything is comparing with the one
        // they are about to leave ("been with Skylink 6 yrs … can you beat £32?"): switching, whatever they ask.
        if (_currentProvider >= 0 && features[_currentProvider].On)
        {
            return _switchingIntent;
        }

        var count = features.Length;
        Span<bool> evidenced = stackalloc bool[Intents.Length];
        var anyEvidence = false;
        foreach (var i in fired)
        {
            if (_evidenceOf[i] >= 0)
            {
                evidenced[_evidenceOf[i]] = true;
                anyEvidence = true;
            }
        }

        var best = 0;
        var bestTotal = int.MinValue;
        for (var c = 0; c < Intents.Length; c++)
        {
            // Precedence: when some intent has evidence of its own (an availability question, a booking act, an
            // order), an intent without any cannot win on shared votes alone ("is it still there?" is availability
            // even though questions also vote purchase).
            if (anyEvidence && !evidenced[c])
            {
                continue;
            }

            var total = _intentBiasPoints[c];
            var row = _intentPoints.AsSpan(c * count, count);
            foreach (var i in fired)
            {
                total += row[i];
            }

            var lexicalRow = _lexicalIntentPoints.AsSpan(c * _lexical.Count, _lexical.Count);
            foreach (var hit in lexical)
            {
                total += lexicalRow[hit.Gram];
            }

            if (total > bestTotal)
            {
                (best, bestTotal) = (c, total);
            }
        }

        return best;
    }

    /// <summary>The features and words that voted most for the chosen intent, strongest first (at most three).</summary>
    private Evidence[] BuildIntentEvidence(ReadOnlySpan<FeatureSpan> features, ReadOnlySpan<int> fired, ReadOnlySpan<LexicalHit> lexical, int intent)
    {
        var count = features.Length;
        var row = _intentPoints.AsSpan(intent * count, count);
        var lexicalRow = _lexicalIntentPoints.AsSpan(intent * _lexical.Count, _lexical.Count);

        // Candidates 0 .. count-1 are features, count + h the lexical hit h; the fired features first, in index order.
        Span<int> top = stackalloc int[MaxIntentEvidence];
        Span<int> topPoints = stackalloc int[MaxIntentEvidence];
        var n = 0;
        for (var k = 0; k < fired.Length + lexical.Length; k++)
        {
            var i = k < fired.Length ? fired[k] : count + k - fired.Length;
            var points = i < count ? row[i] : lexicalRow[lexical[i - count].Gram];
            if (points <= 0)
            {
                continue;
            }

            // Insertion into the top list, strongest first.
            var at = n < MaxIntentEvidence ? n++ : MaxIntentEvidence;
            while (at > 0 && topPoints[at - 1] < points)
            {
                if (at < MaxIntentEvidence)
                {
                    top[at] = top[at - 1];
                    topPoints[at] = topPoints[at - 1];
                }

                at--;
            }

            if (at < MaxIntentEvidence)
            {
                top[at] = i;
                topPoints[at] = points;
            }
        }

        if (n == 0)
        {
            return [];
        }

        var names = _extractor.Features;
        var evidence = new Evidence[n];
        for (var k = 0; k < n; k++)
        {
            if (top[k] < count)
            {
                var f = features[top[k]];
                evidence[k] = new Evidence(f.Start, f.Length, topPoints[k], names[top[k]].Name);
            }
            else
            {
                var hit = lexical[top[k] - count];
                evidence[k] = new Evidence(hit.Start, hit.Length, topPoints[k], _lexicalNames[hit.Gram]);
            }
        }

        return evidence;
    }
}
