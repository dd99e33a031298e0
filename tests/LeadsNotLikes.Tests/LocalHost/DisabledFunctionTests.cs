using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.Tests.LocalHost;

public sealed class DisabledFunctionTests
{
    [Theory]
    [InlineData("AzureWebJobs.Score.Disabled", "true", true)]
    [InlineData("AzureWebJobs.Score.Disabled", "1", true)]
    [InlineData("AzureWebJobs__Score__Disabled", "True", true)]
    [InlineData("AzureWebJobs.Score.Disabled", "false", false)]
    [InlineData("AzureWebJobs.Digest.Disabled", "true", false)]
    public void IsDisabled_ReadsTheHostsSetting(string name, string value, bool disabled) =>
        Assert.Equal(disabled, LocalFunctionsHost.IsDisabled(new AppSettings(new Dictionary<string, string> { [name] = value }), "Score"));
}
