using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

public sealed class LeadModelTests
{
    [Fact]
    public void Parse_ToTsv_RoundTrips()
    {
        var model = LeadModel.Parse("# comment\n(bias)\t-1.5\nprice-ask\t2.25\ngiveaway\t-3\n");

        var again = LeadModel.Parse(model.ToTsv());

        Assert.Equal(-1.5, again.Bias);
        Assert.Equal(2.25, again.Weights["price-ask"]);
        Assert.Equal(-3, again.Weights["giveaway"]);
    }

    [Fact]
    public void Parse_LineWithoutWeight_Throws()
    {
        Assert.Throws<FormatException>(() => LeadModel.Parse("price-ask two"));
    }

    [Fact]
    public void Default_ShippedWeights_NegativeFamiliesLowerTheScore()
    {
        foreach (var family in new[] { "giveaway", "follower-spam", "job-seeker", "vendor-pitch", "refusal", "abuse", "emoji-only" })
        {
            Assert.True(LeadModel.Default.Weights[family] < 0, family);
        }
    }
}
