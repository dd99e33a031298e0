namespace LeadsNotLikes.Scoring;

/// <summary>
/// Scores a comment, reply, mention or review for lead intent, explainably: cue phrases in seven languages
/// (matched on folded text by precompiled automata) and context features feed a small linear model whose
/// weights are the evidence. Thread-safe and allocation-free apart from the result; use one instance.
/// </summary>
public sealed class LeadScorer
{
    private const int StackFeatures = 128;

    private readonly FeatureExtractor _extractor;
    private readonly int[] _points;
    private readonly int _biasPoints;

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

        var count = _points.Length;
        var features = count <= StackFeatures ? stackalloc FeatureSpan[count] : new FeatureSpan[count];
        _extractor.Extract(request, profile.Vocabulary, features);

        var total = BaseScore;
        var evidenceCount = 0;
        for (var i = 0; i < count; i++)
        {
            if (features[i].On && _points[i] != 0)
            {
                total += _points[i];
                evidenceCount++;
            }
        }

        var score = Math.Clamp(total, 0, 100);
        var isLead = score >= profile.Threshold;
        var intent = isLead ? IntentOf(features) : LeadIntent.None;
        return new LeadScore(score, isLead, intent, BuildEvidence(features, evidenceCount));
    }

    private Evidence[] BuildEvidence(ReadOnlySpan<FeatureSpan> features, int evidenceCount)
    {
        if (evidenceCount == 0)
        {
            return [];
        }

        var evidence = new Evidence[evidenceCount];
        var n = 0;
        var names = _extractor.Features;
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i].On && _points[i] != 0)
            {
                evidence[n++] = new Evidence(features[i].Start, features[i].Length, _points[i], names[i].Name);
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
    /// The intent of the most specific positive cue (highest rank, then most points): "how much" beats
    /// "do you do", a competitor being left beats a price question, a complaint with a request is service recovery.
    /// </summary>
    private LeadIntent IntentOf(ReadOnlySpan<FeatureSpan> features)
    {
        var infos = _extractor.Features;
        var best = LeadIntent.Purchase;
        var bestRank = -1;
        var bestPoints = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var info = infos[i];
            if (!features[i].On || _points[i] <= 0 || info.Intent == LeadIntent.None)
            {
                continue;
            }

            if (info.IntentRank > bestRank || (info.IntentRank == bestRank && _points[i] > bestPoints))
            {
                (best, bestRank, bestPoints) = (info.Intent, info.IntentRank, _points[i]);
            }
        }

        return best;
    }
}
