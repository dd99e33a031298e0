using LeadsNotLikes.Scoring;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadsNotLikes.Tests.Hosting;

public sealed class ScoreFunctionTests
{
    [Theory]
    [InlineData("{\"hello\":1}")]
    [InlineData("not json")]
    [InlineData("null")]
    public async Task MessageThatIsNotAnEvent_FailsTheInvocation_SoItEndsInThePoisonQueue(string message)
    {
        // The processor is never reached: reading the message fails first.
        var function = new ScoreFunction(null!, NullLogger<ScoreFunction>.Instance);
        var context = new TestFunctionContext(ScoreFunction.Name, new Dictionary<string, object?> { ["Id"] = "m1", ["DequeueCount"] = 1L });

        await Assert.ThrowsAsync<InvalidDataException>(() => function.RunAsync(message, context, TestContext.Current.CancellationToken));
    }
}
