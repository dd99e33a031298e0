using System.Net;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.PlatformApis.Instagram;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.Tests.PlatformApis.Instagram;

/// <summary>Reading Graph API answers: usage headers, error bodies, timestamps; and the retry budget.</summary>
public sealed class GraphResponseTests
{
    [Fact]
    public void Usage_ReadsTheHighestShareOfBothHeaders_AndTheRegainTime()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-App-Usage", """{"call_count":28,"total_time":25,"total_cputime":61}""");
        response.Headers.Add("X-Business-Use-Case-Usage",
            """{"1784":[{"type":"instagram","call_count":91,"total_cputime":2,"total_time":3,"estimated_time_to_regain_access":0}],"1785":[{"type":"pages","call_count":5,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":12}]}""");

        var usage = GraphUsage.Read(response.Headers);

        Assert.Equal(new GraphUsage(61, 91, TimeSpan.FromMinutes(12)), usage);
        Assert.True(usage.Reached(90));
        Assert.False(usage.Reached(95));
    }

    [Fact]
    public void Usage_MissingOrUnreadableHeaders_CountAsNone()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation("X-App-Usage", "not json");

        Assert.Equal(default, GraphUsage.Read(response.Headers));
    }

    [Theory]
    [InlineData(190, GraphErrorKind.NotAuthorized)]
    [InlineData(10, GraphErrorKind.NotAuthorized)]
    [InlineData(100, GraphErrorKind.Permanent)]
    [InlineData(2, GraphErrorKind.Transient)]
    [InlineData(4, GraphErrorKind.AppRateLimited)]
    [InlineData(17, GraphErrorKind.AccountRateLimited)]
    [InlineData(613, GraphErrorKind.AccountRateLimited)]
    [InlineData(80002, GraphErrorKind.AccountRateLimited)]
    public void Error_IsClassifiedByItsCode(int code, GraphErrorKind kind)
    {
        var error = GraphError.Parse($$$"""{"error":{"message":"m","type":"OAuthException","code":{{{code}}},"error_subcode":463,"fbtrace_id":"Ab1"}}""");

        Assert.Equal(new GraphError("m", "OAuthException", code, 463, "Ab1"), error);
        Assert.Equal(kind, error!.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"error":"invalid_request"}""")]
    [InlineData("""{"error":{"code":null}}""")]
    public void Error_ThatIsNoGraphError_IsNull(string body) => Assert.Null(GraphError.Parse(body));

    [Theory]
    [InlineData("2017-08-31T18:10:00+0000", "2017-08-31T18:10:00+00:00")]
    [InlineData("2026-11-20T09:30:15+0100", "2026-11-20T08:30:15+00:00")]
    [InlineData("2026-11-20T09:30:15Z", "2026-11-20T09:30:15+00:00")]
    public void Timestamp_ReadsGraphsColonlessOffsets(string value, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), InstagramGraphClient.Timestamp(value));

    [Fact]
    public void RetryBudget_AllowsAShareOfRequests_PerWindow()
    {
        var time = new FakeTimeProvider();
        var budget = new RetryBudget(time, TimeSpan.FromMinutes(1), ratio: 0.2, minimum: 1);
        for (var i = 0; i < 10; i++)
        {
            budget.RecordRequest();
        }

        var allowed = Enumerable.Range(0, 5).Count(_ => budget.TryRetry());
        time.Advance(TimeSpan.FromMinutes(2));
        var afterWindow = Enumerable.Range(0, 5).Count(_ => budget.TryRetry());

        Assert.Equal(2, allowed); // 20% of 10 requests
        Assert.Equal(1, afterWindow); // the window has passed: only the minimum
    }
}
