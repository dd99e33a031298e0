using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

public sealed class LeadModelTrainerTests
{
    private static readonly TrainingExample[] Examples =
    [
        new(new ScoringRequest("how much for a haircut", EngagementKind.Comment), true),
        new(new ScoringRequest("price for two?", EngagementKind.Comment), true),
        new(new ScoringRequest("quote for a new roof please", EngagementKind.Comment), true),
        new(new ScoringRequest("nice photo", EngagementKind.Comment), false),
        new(new ScoringRequest("lovely work", EngagementKind.Comment), false),
        new(new ScoringRequest("giveaway entry, how much fun", EngagementKind.Comment), false),
    ];

    [Fact]
    public void Train_PriceExamples_PriceWeightAboveGiveaway()
    {
        var model = LeadModelTrainer.Train(Examples, l2: 1);

        Assert.True(model.Weights["price-ask"] > 0);
        Assert.True(model.Weights["giveaway"] < 0);
    }

    [Fact]
    public void Train_FlatPriorAndLabelsThatRewardGiveaways_NegativeFamilyStaysAtOrBelowZero()
    {
        var flat = new LeadModel(0, new Dictionary<string, double>());
        TrainingExample[] inverted = [.. Examples.Select(e => e with { IsLead = !e.IsLead })];

        var model = LeadModelTrainer.Train(inverted, l2: 0.1, prior: flat);

        Assert.True(model.Weights["giveaway"] <= 0);
        Assert.True(model.Weights["price-ask"] >= 0);
    }

    [Fact]
    public void Train_LabeledIntents_IntentWeightsFollowTheLeads()
    {
        // "slot" is an availability cue; these leads say it decides booking, and training must follow them.
        TrainingExample[] examples =
        [
            new(new ScoringRequest("any slot friday for a cut?", EngagementKind.Comment), true, LeadIntent.Booking),
            new(new ScoringRequest("slot saturday for 2?", EngagementKind.Comment), true, LeadIntent.Booking),
            new(new ScoringRequest("how much for a slot?", EngagementKind.Comment), true, LeadIntent.Price),
            new(new ScoringRequest("nice", EngagementKind.Comment), false),
        ];

        var model = LeadModelTrainer.Train(examples, l2: 1, intentL2: 0.1);

        // Before any data, an availability cue votes only for availability.
        Assert.True(model.Weights[LeadModel.IntentWeightName(LeadIntent.Booking, "availability-ask")] > 0);
        // Training gives the availability cue a booking vote; whether booking may then win without a booking cue
        // of its own is decided by precedence (an intent needs evidence of its own), tested in QuestionGrammarTests.
        var scored = new LeadScorer(model).Score(new ScoringRequest("any slot sunday? want to book", EngagementKind.Comment));
        Assert.Equal(LeadIntent.Booking, scored.Intent);
    }

    [Fact]
    public void Train_SameExamples_SameWeights()
    {
        Assert.Equal(LeadModelTrainer.Train(Examples).ToTsv(), LeadModelTrainer.Train(Examples).ToTsv());
    }
}
