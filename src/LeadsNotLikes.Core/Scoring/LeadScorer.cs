namespace LeadsNotLikes.Scoring;

/// <summary>
/// Scores a comment, reply, mention or review for lead intent, explainably: cue phrases in seven languages
/// (matched on folded text by precompiled automata) and context features feed a small linear model whose
/// weights are the evidence. Thread-safe and allocation-free apart from the result; use one instance.
/// </summary>
public sealed class LeadScorer
{
    private const int StackFeatures = 128;

    // When two intents have the same weight: the more specific and more urgent one wins.
    private static readonly LeadIntent[] IntentPriority =
    [
        LeadIntent.ServiceRecovery, LeadIntent.Switching, LeadIntent.Price, LeadIntent.Booking,
        LeadIntent.Availability, LeadIntent.Purchase, LeadIntent.Contact,
    ];

    private readonly FeatureExtractor _extractor;
    private readonly int[] _points;
    private readonly int _biasPoints;
    private readonly int _complaintRequest;

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
        _complaintRequest = _extractor.IndexOf(FeatureExtractor.ComplaintRequest);
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

        // Reading order for the digest; context features (Length 0) first.
        Array.Sort(evidence, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Weight.CompareTo(a.Weight));
        return evidence;
    }

    /// <summary>The intent whose cues added the most points; a complaint with a request is service recovery.</summary>
    private LeadIntent IntentOf(ReadOnlySpan<FeatureSpan> features)
    {
        if (features[_complaintRequest].On)
        {
            return LeadIntent.ServiceRecovery;
        }

        Span<int> byIntent = stackalloc int[8];
        var infos = _extractor.Features;
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i].On && _points[i] > 0 && infos[i].Intent != LeadIntent.None)
            {
                byIntent[(int)infos[i].Intent] += _points[i];
            }
        }

        var best = LeadIntent.Purchase;
        var bestPoints = 0;
        foreach (var intent in IntentPriority)
        {
            if (byIntent[(int)intent] > bestPoints)
            {
                (best, bestPoints) = (intent, byIntent[(int)intent]);
            }
        }

        return best;
    }
}
