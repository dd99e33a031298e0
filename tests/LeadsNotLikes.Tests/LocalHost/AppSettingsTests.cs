using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.Tests.LocalHost;

public sealed class AppSettingsTests
{
    [Fact]
    public void Expand_ReplacesSettingsInBindingExpressions_AndRemovesUnknownOnes()
    {
        var settings = new AppSettings(new Dictionary<string, string> { ["Events__Queue"] = "engagement-events" });

        Assert.Equal("engagement-events-poison", settings.Expand("%Events__Queue%-poison"));
        Assert.Equal("a-b", settings.Expand("a-%NOT_A_SETTING_ANYWHERE%b"));
    }
}
