using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.Digest;
using LeadsNotLikes.LocalHost.Demo;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.IntegrationTests.EndToEnd;

/// <summary>
/// Issue 11's security check: during a whole end-to-end run (the demo, a lead with a distinctive commenter and text,
/// a forged, a truncated and an unroutable delivery, the digest rendered and mailed) no secret, comment text or
/// commenter name reaches any log: the worker's (our categories at Debug, RpcLog and stdout/stderr) or the host's.
/// </summary>
public sealed class LogHygieneTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private const string Commenter = "Zebulon Quartermaine";
    private const string LeadText = "Could you quote for 40 marzipan zeppelins delivered Friday? Please call me";
    private const string QuietCommenter = "Ottoline Vexworth";
    private const string QuietText = "Lovely gloxinia in the window display";
    private const string ForgedText = "How much for the pamplemousse tart? forged";
    private const string TruncatedText = "Price for a quokka cake";
    private const string UnroutedCommenter = "Ignatius Brambleworth";
    private const string UnroutedText = "Do you deliver wobbegong cupcakes and how much?";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 240_000)]
    public async Task AnEndToEndRun_LogsNoSecretNoCommentTextAndNoCommenterName()
    {
        var demo = new DemoRunner(pipeline.Host.BaseUri, pipeline.Host.Keys, PipelineFixture.AppSecret, pipeline.Services.MailUri, _ => { });
        var result = await demo.RunAsync(TimeProvider.System, Cancel);

        // Today's events (the demo has sent yesterday's digest, so a late event would count towards today anyway).
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        var day = DigestSchedule.LocalDay(at, TimeZoneInfo.FindSystemTimeZoneById(DemoRunner.TimeZoneId));
        var atSeconds = at.ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Comment(SampleDeliveries.PageId, "77_1", Commenter, LeadText, atSeconds)));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Comment(SampleDeliveries.PageId, "77_2", QuietCommenter, QuietText, atSeconds)));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Comment("555000333", "77_3", UnroutedCommenter, UnroutedText, atSeconds)));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(Comment(SampleDeliveries.PageId, "77_4", Commenter, ForgedText, atSeconds), forge: true));
        var truncated = Comment(SampleDeliveries.PageId, "77_5", Commenter, TruncatedText, atSeconds);
        Assert.Equal(HttpStatusCode.BadRequest, await SendAsync(truncated[..(truncated.IndexOf(TruncatedText, StringComparison.Ordinal) + TruncatedText.Length)]));

        // The lead is stored, then the digest is rendered over it (so rendering ran over the distinctive text too).
        await EventuallyAsync(async () =>
        {
            using var response = await pipeline.Http.SendAsync(Manage($"teams/{DemoRunner.TeamId}/leads?day={day:yyyy-MM-dd}"), Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            return body.Contains("zeppelins", StringComparison.Ordinal);
        });
        using (var digest = await pipeline.Http.SendAsync(Manage($"teams/{DemoRunner.TeamId}/digest?day={day:yyyy-MM-dd}"), Cancel))
        {
            Assert.Contains("zeppelins", await digest.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        Assert.True(await pipeline.Host.RunFunctionAsync("Digest", null, Cancel));
        await EventuallyAsync(async () =>
        {
            using var response = await pipeline.Http.SendAsync(Manage("unrouted"), Cancel);
            var summary = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);
            return summary?["sampleByAccount"]?["facebook:555000333"] is not null;
        });

        var logs = pipeline.HandlerOutput.ToList();
        logs.AddRange(pipeline.HostLog.GetSnapshot().Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception}"));
        Assert.Contains(logs, l => l.Contains("LeadsNotLikes.Scoring.EngagementProcessor", StringComparison.Ordinal)); // the capture sees the app's log
        Assert.Contains(logs, l => l.Contains("rejected with 403", StringComparison.Ordinal));

        var needles = Secrets()
            .Concat([Commenter, QuietCommenter, UnroutedCommenter, "Quartermaine", "Vexworth", "Brambleworth"])
            .Concat([LeadText, QuietText, ForgedText, TruncatedText, UnroutedText, "zeppelins", "gloxinia", "pamplemousse", "quokka", "wobbegong"])
            .Concat(SampleDeliveries.LeadTexts);
        foreach (var needle in needles)
        {
            var leaked = logs.FirstOrDefault(l => l.Contains(needle, StringComparison.OrdinalIgnoreCase));
            Assert.True(leaked is null, $"A log line holds a secret, a comment text or a name ({needle.Length} characters): {leaked?.Replace(needle, "<here>", StringComparison.OrdinalIgnoreCase)}");
        }
    }

    /// <summary>Every secret the stack was started with: platform secrets, keys, connection-string keys, the link secret.</summary>
    private IEnumerable<string> Secrets()
    {
        yield return PipelineFixture.AppSecret;
        yield return PipelineFixture.VerifyToken;
        yield return PipelineFixture.LinkedInSecret;
        yield return PipelineFixture.XSecret;
        yield return PipelineFixture.EndpointKey;
        yield return pipeline.Host.Keys.FunctionKey;
        yield return pipeline.Host.Keys.MasterKey;
        yield return "client-secret-1";
        yield return "refresh-token-1";
        yield return "test-link-secret-0123456789abcdef0123456789";
        foreach (var value in pipeline.Services.AppSettings.Values)
        {
            foreach (var part in value.Split(';'))
            {
                if (part.StartsWith("AccountKey=", StringComparison.OrdinalIgnoreCase) || part.StartsWith("Password=", StringComparison.OrdinalIgnoreCase))
                {
                    yield return part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..];
                }
            }
        }

        if (pipeline.Services.AppSettings.TryGetValue("Cosmos__Key", out var cosmosKey))
        {
            yield return cosmosKey;
        }
    }

    private static string Comment(string page, string commentId, string name, string text, long at) => new JsonObject
    {
        ["object"] = "page",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = page,
            ["time"] = at,
            ["changes"] = new JsonArray(new JsonObject
            {
                ["field"] = "feed",
                ["value"] = new JsonObject
                {
                    ["item"] = "comment",
                    ["verb"] = "add",
                    ["comment_id"] = commentId,
                    ["post_id"] = SampleDeliveries.OrderPost,
                    ["parent_id"] = SampleDeliveries.OrderPost,
                    ["from"] = new JsonObject { ["id"] = "93" + commentId.Replace("_", "", StringComparison.Ordinal), ["name"] = name },
                    ["created_time"] = at,
                    ["message"] = text,
                },
            }),
        }),
    }.ToJsonString();

    private async Task<HttpStatusCode> SendAsync(string body, bool forge = false)
    {
        using var request = SignedDelivery.Create(body, PipelineFixture.AppSecret);
        if (forge)
        {
            request.Headers.Remove(MetaSignature.HeaderName);
            request.Headers.Add(MetaSignature.HeaderName, "sha256=" + new string('a', 64));
        }

        using var response = await pipeline.Http.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    private HttpRequestMessage Manage(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "api/manage/" + path);
        request.Headers.Add("x-functions-key", pipeline.Host.Keys.FunctionKey);
        return request;
    }

    private async Task EventuallyAsync(Func<Task<bool>> probe)
    {
        var waited = Stopwatch.StartNew();
        while (!await probe())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "Condition not met in 60 s. Handler output:\n" + string.Join('\n', pipeline.HandlerOutput.Where(l => !l.Contains("ListLeads", StringComparison.Ordinal) && !l.Contains("AspNetCore", StringComparison.Ordinal)).TakeLast(40)));
            await Task.Delay(200, Cancel);
        }
    }
}
