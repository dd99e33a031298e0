namespace LeadsNotLikes.Scoring;

/// <summary>The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>), written by <c>LeadsNotLikes.Cli train</c>.</summary>
internal static class LeadWeights
{
    public const string Tsv = """
        (bias)	-2.031
        contact-sent	3.316
        price-ask	3.1783
        tag-plan	2.7992
        purchase-ask	2.5555
        availability-ask	2.252
        deal-ask	2.1767
        booking-ask	2.137
        complaint-with-request	2.0907
        switching	2.0787
        contact-ask	2.0518
        team-vocabulary-question	1.6
        question	1.419
        team-vocabulary	1.2
        future-visit	1.0949
        question-opener	1.0533
        timing	1.0312
        party-size	1.0238
        recovery	1.0221
        price-word	0.9867
        booking-noun	0.9773
        need-plan	0.9351
        purchase-topic	0.8559
        complaint	0.2541
        review-1-2-stars	0.0649
        reply	0.0528
        mention	0.0473
        negator	0
        long-text	-0.0217
        review-3-stars	-0.0735
        review-4-5-stars	-0.2692
        friend-tag	-0.7346
        praise	-0.882
        laughter	-0.9387
        negated-cue	-0.949
        resolved	-1.542
        off-topic	-1.5587
        multi-tag	-2.0007
        abuse	-2.0051
        rejection	-2.0146
        rhetorical	-2.5967
        giveaway	-2.9332
        emoji-only	-3.0027
        non-customer	-3.0062
        refusal	-3.0103
        vendor-pitch	-3.0361
        follower-spam	-3.037
        job-seeker	-3.1501
        """;
}
