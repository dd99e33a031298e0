namespace LeadsNotLikes.Scoring;

/// <summary>
/// Hand-set prior weights (<c>name&lt;TAB&gt;log-odds</c>): what each cue family should weigh before any data.
/// Training pulls the weights toward these instead of toward zero, so a family the examples rarely show
/// (a giveaway, abuse) keeps a firm weight rather than fading out.
/// </summary>
internal static class LeadPriors
{
    public const string Tsv = """
                (bias)	-1.5
        price-ask	3
        price-word	0.8
        deal-ask	2
        availability-ask	2
        booking-ask	2
        booking-noun	1
        future-visit	1
        timing	0.8
        party-size	1
        contact-sent	3
        contact-ask	2
        purchase-ask	2
        purchase-topic	0.8
        question-opener	1
        need-plan	1
        tag-plan	2.5
        switching	2
        recovery	1
        complaint	0
        complaint-with-request	2
        giveaway	-3
        follower-spam	-3
        job-seeker	-3
        vendor-pitch	-3
        refusal	-3
        abuse	-2
        non-customer	-3
        praise	-0.5
        resolved	-1.5
        laughter	-1
        rejection	-2
        rhetorical	-2.5
        off-topic	-1.5
        question	0.5
        emoji-only	-3
        friend-tag	-1
        multi-tag	-2
        negated-cue	-1
        withdrawn	-3
        callback-promise	2.5
        booking-request	1
        stated-in-past	-2
        addressed-question	1.5
        conditional-offer	1
        current-provider	1.5
        imperative-request	1.5
        how-much	2
        request	1
        availability-question	1
        price-shape	2
        self-promotion	-3
        seller-intro	-2
        seeking-replacement	1.5
        return-booked	2.5
        memory	-2
        sign-up	2
        """;
}
