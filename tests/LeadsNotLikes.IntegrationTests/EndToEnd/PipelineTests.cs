using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
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
        var html = result.Email["html"]!.GetValue<string>();
        var day = DigestSchedule.LocalDay(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(DemoRunner.TimeZoneId)).AddDays(-1);
        var per1000 = (leads * 1000.0 / likes).ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Equal($"{DemoRunner.TeamName}: {leads} leads vs {likes} likes, {DigestPeriod.Day(day).Label}", subject);

        // Headline: per platform and in total (a first day: everything is new against the empty day before). Of the
        // demo's 10 written engagements, Facebook has 7 comments and the review (4 leads), Instagram 2 comments (1 lead).
        Assert.Equal(10, comments);
        var facebookPer1000 = (4 * 1000.0 / likes).ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Contains($"facebook: likes {likes} (new), comments 7 (new), reviews 1 (new), mentions 0 (±0), leads 4 (new), leads per 1,000 likes {facebookPer1000}\n", text, StringComparison.Ordinal);
        Assert.Contains("instagram: likes 0 (±0), comments 2 (new), reviews 0 (±0), mentions 0 (±0), leads 1 (new), leads per 1,000 likes –\n", text, StringComparison.Ordinal);
        Assert.Contains($"Total: likes {likes} (new), comments 9 (new), reviews 1 (new), mentions 0 (±0), leads {leads} (new), leads per 1,000 likes {per1000}\n", text, StringComparison.Ordinal);

        // Per post, named by the Page's own post text, with the flag on the photo that only earned likes.
        var (photo, _) = DigestBuilder.Name(Platforms.Facebook, SampleDeliveries.PhotoPost, SampleDeliveries.PhotoPostText);
        var (order, _) = DigestBuilder.Name(Platforms.Facebook, SampleDeliveries.OrderPost, SampleDeliveries.OrderPostText);
        var photoType = DigestText.ContentLabel(ContentClassifier.Classify(SampleDeliveries.PhotoPostText).Type);
        var orderType = DigestText.ContentLabel(ContentClassifier.Classify(SampleDeliveries.OrderPostText).Type);
        Assert.Contains($"- \"{photo}\" (facebook, {photoType}): 41 / 4 / 0  << many likes, no leads\n", text, StringComparison.Ordinal);
        Assert.Contains($"- \"{order}\" (facebook, {orderType}): 3 / 3 / 3\n", text, StringComparison.Ordinal);
        Assert.Contains($"POSTS THAT BROUGHT LEADS (leads / likes / comments)\n- \"{order}\" (facebook, {orderType}): 3 / 3 / 3\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleDeliveries.PhotoPost, text, StringComparison.Ordinal);

        // Per content type: the period's posts, likes and leads, and the same over 4 weeks (there is only this day).
        // The review's story and the Instagram post carry no text, so they are "other" (1 lead each).
        var types = new[] { (photoType, 1, 41, 0), (orderType, 1, 3, 3), ("other", 1, 0, 1), ("other", 1, 0, 1) }.GroupBy(t => t.Item1)
            .Select(g => (Type: g.Key, Posts: g.Sum(t => t.Item2), Likes: g.Sum(t => t.Item3), Leads: g.Sum(t => t.Item4)));
        foreach (var type in types)
        {
            Assert.Contains($"- {type.Type}: {type.Posts} / {type.Likes} / {type.Leads}; {type.Posts} / {type.Likes} / {type.Leads}\n", text, StringComparison.Ordinal);
        }

        // New leads, with the words that made them leads highlighted, and the same numbers in the HTML.
        Assert.Contains($"NEW LEADS ({leads})", text, StringComparison.Ordinal);
        Assert.Equal(leads, html.Split("data-lead=\"", StringSplitOptions.None).Length - 1);
        Assert.Contains("<mark", html, StringComparison.Ordinal);
        Assert.Contains("left to reply privately", text, StringComparison.Ordinal);
        Assert.Equal(DemoRunner.Recipient, result.Email["to"]![0]!["address"]!.GetValue<string>());

        // The mark-handled link from the email, through the host: GET asks, POST marks; the lead is then handled.
        var link = new Uri(text.Split('\n').First(l => l.StartsWith("  Mark handled: ", StringComparison.Ordinal))["  Mark handled: ".Length..]);
        using (var confirm = await pipeline.Http.GetAsync(link.PathAndQuery, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
            Assert.Contains("<form method=\"post\"", await confirm.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using (var mark = await pipeline.Http.PostAsync(link.PathAndQuery, null, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, mark.StatusCode);
        }

        using (var forged = await pipeline.Http.PostAsync(link.PathAndQuery.Replace("/handled?", "/not-a-lead?", StringComparison.Ordinal), null, Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        var leadId = link.Segments[4].TrimEnd('/');
        using var stored = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, $"teams/{DemoRunner.TeamId}/leads?day={day:yyyy-MM-dd}"), Cancel);
        var marked = (await stored.Content.ReadFromJsonAsync<JsonArray>(Cancel))!.Single(l => l!["id"]!.GetValue<string>() == leadId)!;
        Assert.Equal("handled", marked["resolution"]!.GetValue<string>());

        // The JSON form of the same digest carries the same numbers.
        using var json = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, $"teams/{DemoRunner.TeamId}/digest/json?day={day:yyyy-MM-dd}"), Cancel);
        var model = (await json.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
        var total = model["headline"]!.AsArray().Single(h => h!["platform"]!.GetValue<string>() == "total")!["current"]!;
        Assert.Equal((likes, 9, 1, leads), (total["likes"]!.GetValue<int>(), total["comments"]!.GetValue<int>(), total["reviews"]!.GetValue<int>(), total["leads"]!.GetValue<int>()));

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
