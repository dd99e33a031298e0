namespace LeadsNotLikes.Scoring;

/// <summary>The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>), written by <c>LeadsNotLikes.Cli train</c>.</summary>
internal static class LeadWeights
{
    public const string Tsv = """
        (bias)	-2.0001
        contact-sent	3.3308
        price-ask	3.1744
        tag-plan	2.8068
        purchase-ask	2.5673
        availability-ask	2.2469
        deal-ask	2.1737
        booking-ask	2.152
        complaint-with-request	2.1152
        switching	2.0759
        contact-ask	2.05
        team-vocabulary-question	1.6
        question	1.412
        team-vocabulary	1.2
        future-visit	1.0953
        question-opener	1.0602
        recovery	1.0426
        party-size	1.0232
        timing	1.0155
        price-word	0.9779
        need-plan	0.9415
        complaint	0.2684
        purchase-topic	0.1752
        review-1-2-stars	0.0892
        mention	0.076
        reply	0.0571
        booking-noun	0.024
        negator	0
        long-text	-0.0122
        review-3-stars	-0.0804
        review-4-5-stars	-0.2431
        friend-tag	-0.7174
        praise	-0.8477
        negated-cue	-0.9256
        laughter	-0.934
        resolved	-1.5445
        off-topic	-1.5605
        multi-tag	-2.0007
        abuse	-2.0054
        rejection	-2.0153
        rhetorical	-2.5996
        giveaway	-2.9345
        emoji-only	-3.0029
        non-customer	-3.0066
        refusal	-3.0109
        follower-spam	-3.0294
        vendor-pitch	-3.0368
        job-seeker	-3.1537
        """;
}
