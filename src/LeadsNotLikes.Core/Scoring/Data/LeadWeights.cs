namespace LeadsNotLikes.Scoring;

/// <summary>The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>), written by <c>LeadsNotLikes.Cli train</c>.</summary>
internal static class LeadWeights
{
    public const string Tsv = """
        (bias)	-2.0291
        contact-sent	3.2885
        price-ask	3.2691
        tag-plan	2.8083
        purchase-ask	2.3983
        availability-ask	2.2448
        deal-ask	2.1676
        booking-ask	2.1484
        switching	2.0778
        complaint-with-request	2.0566
        contact-ask	2.0496
        team-vocabulary-question	1.6
        question	1.5247
        team-vocabulary	1.2
        future-visit	1.101
        question-opener	1.0777
        timing	1.0299
        party-size	1.0272
        recovery	0.9909
        need-plan	0.9069
        price-word	0.8038
        complaint	0.2276
        reply	0.1033
        review-1-2-stars	0.0308
        booking-noun	0.0259
        mention	0.0157
        negator	0
        long-text	-0.0681
        review-3-stars	-0.0686
        review-4-5-stars	-0.351
        friend-tag	-0.7145
        laughter	-0.8912
        praise	-0.9157
        negated-cue	-0.984
        resolved	-1.5342
        off-topic	-1.5584
        multi-tag	-2.0007
        abuse	-2.0049
        rejection	-2.0148
        rhetorical	-2.6055
        emoji-only	-2.8713
        giveaway	-2.9294
        non-customer	-3.0059
        refusal	-3.0101
        vendor-pitch	-3.037
        follower-spam	-3.0921
        job-seeker	-3.1634
        """;
}
