using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.Tests.Webhooks.Meta;

public sealed class MetaHandshakeTests
{
    [Fact]
    public void Answer_MatchingToken_EchoesChallengeExactly()
    {
        var result = MetaHandshake.Answer("subscribe", "my-token", "1158201444", "my-token");

        Assert.True(result.Accepted);
        Assert.Equal("1158201444", result.Body);
    }

    [Fact]
    public void Answer_WrongToken_IsForbidden() =>
        Assert.Equal(403, MetaHandshake.Answer("subscribe", "guess", "1158201444", "my-token").StatusCode);

    [Theory]
    [InlineData(null, "my-token", "1")]
    [InlineData("subscribe", null, "1")]
    [InlineData("subscribe", "my-token", null)]
    [InlineData("unsubscribe", "my-token", "1")]
    public void Answer_MissingOrWrongParameters_IsBadRequest(string? mode, string? token, string? challenge) =>
        Assert.Equal(400, MetaHandshake.Answer(mode, token, challenge, "my-token").StatusCode);
}
