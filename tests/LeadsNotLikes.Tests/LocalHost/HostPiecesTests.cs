using LeadsNotLikes.LocalHost.Host;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadsNotLikes.Tests.LocalHost;

public sealed class HostPiecesTests
{
    private static HttpRequest Request(string? header = null, string? code = null)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers["x-functions-key"] = header;
        }

        if (code is not null)
        {
            context.Request.QueryString = new QueryString($"?code={code}");
        }

        return context.Request;
    }

    [Fact]
    public void FunctionKeys_AuthorizeByLevel()
    {
        var keys = new FunctionKeys("master", "function");

        Assert.True(keys.Authorizes(Request(), "anonymous"));
        Assert.False(keys.Authorizes(Request(), "function"));
        Assert.False(keys.Authorizes(Request("wrong"), "function"));
        Assert.True(keys.Authorizes(Request("function"), "function"));
        Assert.True(keys.Authorizes(Request(code: "function"), "function"));
        Assert.True(keys.Authorizes(Request("master"), "function"));
        Assert.False(keys.Authorizes(Request("function"), "admin"));
        Assert.True(keys.Authorizes(Request("master"), "admin"));
    }

    [Fact]
    public void AppSettings_Expand_ReplacesKnownAndRemovesUnknown()
    {
        var settings = new AppSettings(new Dictionary<string, string> { ["Digest__Schedule"] = "0 0 * * * *" });

        Assert.Equal("0 0 * * * *", settings.Expand("%Digest__Schedule%"));
        Assert.Equal("--urls http://127.0.0.1:5000", settings.Expand("--urls http://127.0.0.1:%FUNCTIONS_CUSTOMHANDLER_PORT%",
            new Dictionary<string, string> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "5000" }));
        Assert.Equal("a-b", settings.Expand("a-%NOT_A_SETTING_ANYWHERE%b"));
    }

    [Fact]
    public void TimerTrigger_NextOccurrence_FollowsSixFieldCron()
    {
        var function = new FunctionDefinition { Name = "Digest", Trigger = TriggerKind.Timer, BindingName = "timer", Schedule = "0 */15 * * * *" };
        var timer = new TimerTrigger(function, new AppSettings(new Dictionary<string, string>()), null!, TimeProvider.System, NullLogger.Instance);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), timer.NextAfter(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), timer.NextAfter(new DateTimeOffset(2026, 11, 22, 10, 7, 13, TimeSpan.Zero)));
    }

    [Fact]
    public void TimerTrigger_FiveFieldCron_IsRejected()
    {
        var function = new FunctionDefinition { Name = "T", Trigger = TriggerKind.Timer, BindingName = "timer", Schedule = "*/5 * * * *" };

        Assert.Throws<InvalidOperationException>(() => new TimerTrigger(function, new AppSettings(new Dictionary<string, string>()), null!, TimeProvider.System, NullLogger.Instance));
    }

    [Fact]
    public void FunctionDefinition_UnsupportedBinding_FailsWithFunctionName()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{"bindings":[{"type":"queueTrigger","direction":"in","name":"m","queueName":"q"},{"type":"cosmosDB","direction":"out","name":"doc"}]}""");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => FunctionDefinition.Load("Writer", path));
            Assert.Contains("Writer", error.Message, StringComparison.Ordinal);
            Assert.Contains("cosmosDB", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
