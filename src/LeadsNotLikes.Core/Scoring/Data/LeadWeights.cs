namespace LeadsNotLikes.Scoring;

/// <summary>The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>), written by <c>LeadsNotLikes.Cli train</c>.</summary>
internal static class LeadWeights
{
    public const string Tsv = """
        (bias)	-1.9563
        contact-sent	3.2814
        price-ask	3.245
        tag-plan	2.7973
        purchase-ask	2.5023
        booking-ask	2.2685
        availability-ask	2.2242
        deal-ask	2.1617
        complaint-with-request	2.0935
        switching	2.072
        contact-ask	2.0628
        question	1.6224
        team-vocabulary-question	1.6
        team-vocabulary	1.2
        future-visit	1.0936
        party-size	1.0214
        timing	1.0015
        question-opener	0.9564
        recovery	0.8885
        need-plan	0.8752
        price-word	0.7986
        complaint	0.2278
        review-1-2-stars	0.0444
        reply	0.0302
        negator	0
        mention	-0.0276
        review-3-stars	-0.0847
        long-text	-0.1208
        review-4-5-stars	-0.4097
        friend-tag	-0.7266
        laughter	-0.9176
        praise	-0.9592
        negated-cue	-0.9667
        resolved	-1.5351
        off-topic	-1.5613
        multi-tag	-2.0008
        abuse	-2.0054
        rejection	-2.0154
        rhetorical	-2.6244
        follower-spam	-2.7771
        emoji-only	-2.88
        giveaway	-2.9395
        non-customer	-3.0064
        refusal	-3.0105
        job-seeker	-3.022
        vendor-pitch	-3.0432
        """;
}
