using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Demo;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.IntegrationTests.EndToEnd;

/// <summary>
/// Signed webhooks in through the host stand-in, events through the queue and the Score function into Cosmos DB,
/// the Digest function out through SMTP, read back from maildev's REST API.
/// </summary>
public sealed class PipelineTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Signed(string body) => SignedDelivery.Create(body, PipelineFixture.AppSecret);

    private HttpRequestMessage Manage(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, "api/manage/" + path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("x-functions-key", pipeline.Host.Keys.FunctionKey);
        return request;
    }

    private async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(45))
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100, Cancel);
        }

        throw new TimeoutException("Condition not met in 45 s. Handler output:\n" + string.Join('\n', pipeline.HandlerOutput.TakeLast(40)));
    }

    [Fact]
    public async Task SignedWebhooks_BecomeLeadsInCosmos_AndADigestEmailWithTheRightNumbers()
    {
        var demo = new DemoRunner(pipeline.Host.BaseUri, pipeline.Host.Keys, PipelineFixture.AppSecret, pipeline.Services.MailUri, _ => { });

        var result = await demo.RunAsync(TimeProvider.System, Cancel);

        TestContext.Current.SendDiagnosticMessage($"First lead stored {result.FirstLeadLatency.TotalMilliseconds:F0} ms after its signed webhook was sent.");
        var (likes, comments, leads) = SampleDeliveries.Expected;
        Assert.Equal(SampleDeliveries.LeadTexts.Order(), result.Leads.Select(l => l!["text"]!.GetValue<string>()).Order());
        Assert.All(result.Leads, l => Assert.NotEqual("none", l!["intent"]!.GetValue<string>()));

        var subject = result.Email["subject"]!.GetValue<string>();
        var text = result.Email["text"]!.GetValue<string>();
        Assert.StartsWith($"{DemoRunner.TeamName}: {leads} leads vs {likes} likes on ", subject, StringComparison.Ordinal);
        Assert.Contains($"Leads: {leads}   Likes: {likes}   Comments: {comments}", text, StringComparison.Ordinal);
        Assert.Contains($"facebook {SampleDeliveries.OrderPost}: 3 / 3 / 3", text, StringComparison.Ordinal);
        Assert.Contains($"facebook {SampleDeliveries.PhotoPost}: 41 / 4 / 0", text, StringComparison.Ordinal);
        Assert.Equal(DemoRunner.Recipient, result.Email["to"]![0]!["address"]!.GetValue<string>());

        // The timer fires again: the team already has its digest for the day, so no second email.
        Assert.True(await pipeline.Host.RunFunctionAsync("Digest", null, Cancel));
        Assert.Single(await ServicesFixture.InboxForAsync(pipeline.Services, DemoRunner.Recipient));
    }

    [Fact]
    public async Task EventsForAnUnknownAccount_AreParked_ThenReplayedOnceATeamOwnsTheAccount()
    {
        const string page = "555000111";
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        var delivery = $$$"""
            {"object":"page","entry":[{"id":"{{{page}}}","time":{{{at}}},"changes":[{"field":"feed","value":{"item":"comment","verb":"add",
             "comment_id":"9_1","post_id":"{{{page}}}_9","parent_id":"{{{page}}}_9","from":{"id":"u"},"created_time":{{{at}}},"message":"How much is the large box? I want to order 3"}}]}]}
            """;
        using (var response = await pipeline.Http.SendAsync(Signed(delivery), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await EventuallyAsync(async () =>
        {
            using var response = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, "unrouted"), Cancel);
            var summary = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);
            return summary?["sampleByAccount"]?[$"facebook:{page}"] is not null ? summary : null;
        });

        var team = new { name = "Late Team", timeZone = "UTC", recipients = new[] { "late@example.test" }, accounts = new[] { new { platform = "facebook", accountId = page } } };
        (await pipeline.Http.SendAsync(Manage(HttpMethod.Put, "teams/late-team", team), Cancel)).EnsureSuccessStatusCode();
        using var replay = await pipeline.Http.SendAsync(Manage(HttpMethod.Post, "unrouted/replay"), Cancel);
        Assert.True((await replay.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["replayed"]!.GetValue<int>() >= 1);

        var day = DateTimeOffset.FromUnixTimeSeconds(at).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var leads = await EventuallyAsync(async () =>
        {
            using var response = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, $"teams/late-team/leads?day={day}"), Cancel);
            var found = await response.Content.ReadFromJsonAsync<JsonArray>(Cancel);
            return found is { Count: > 0 } ? found : null;
        });
        Assert.Equal("How much is the large box? I want to order 3", leads[0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Host_ForwardsBadInputToTheHandler_AndItsErrorsBackUnchanged()
    {
        const string body = """{"object":"page","entry":[]}""";

        using var unsigned = await pipeline.Http.PostAsync("api/webhooks/meta", new StringContent(body), Cancel);
        using var forgedRequest = Signed(body);
        forgedRequest.Headers.Remove(MetaSignature.HeaderName);
        forgedRequest.Headers.Add(MetaSignature.HeaderName, "sha256=" + new string('0', 64));
        using var forged = await pipeline.Http.SendAsync(forgedRequest, Cancel);
        using var malformed = await pipeline.Http.SendAsync(Signed("{\"object\":"), Cancel);
        using var handshake = await pipeline.Http.GetAsync($"api/webhooks/meta?hub.mode=subscribe&hub.verify_token={PipelineFixture.VerifyToken}&hub.challenge=987654", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("987654", await handshake.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Host_RequiresAFunctionKeyForTheManageApi()
    {
        using var noKey = await pipeline.Http.GetAsync("api/manage/teams", Cancel);
        using var withKey = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, "teams"), Cancel);
        using var invalid = await pipeline.Http.SendAsync(Manage(HttpMethod.Put, "teams/Not Valid", new { name = "" }), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonObject>(Cancel);
        Assert.NotNull(problem!["errors"]!["recipients"]);
    }
}
