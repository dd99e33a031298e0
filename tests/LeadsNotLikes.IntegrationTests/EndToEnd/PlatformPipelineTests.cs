using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LeadsNotLikes.Tests.Webhooks;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.LinkedIn;
using LeadsNotLikes.Webhooks.Meta;
using LeadsNotLikes.Webhooks.StandardWebhooks;
using LeadsNotLikes.Webhooks.X;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LeadsNotLikes.IntegrationTests.EndToEnd;

/// <summary>
/// Each platform's documented delivery (tests/LeadsNotLikes.Tests/Webhooks/Fixtures), signed as the platform signs
/// it, in through the host stand-in to the platform's webhook function, through the queue and the Score function to a
/// lead and per-post counts in Cosmos DB for the team that lists the account.
/// </summary>
public sealed class PlatformPipelineTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private const string TeamId = "every-platform";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Platforms => ["linkedin", "x", "trustpilot", "webhook", "instagram", "google"];

    private static readonly Dictionary<string, (string Account, string Day, string LeadText)> Expected = new()
    {
        ["linkedin"] = ("96072893", "2023-08-09", "pro plan cost for 20 seats"),
        ["x"] = ("2244994945", "2025-05-19", "how much is the team plan"),
        ["trustpilot"] = ("46d6a890000064000500e0c3", "2025-05-20", "bulk orders"),
        ["webhook"] = ("acme-shop", "2025-05-20", "ship to Austria"),
        ["instagram"] = ("17841400000000001", "2025-05-19", "large box"),
        ["google"] = ("222", "2025-05-20", "wedding cakes"),
    };

    private HttpRequestMessage Manage(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, "api/manage/" + path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("x-functions-key", pipeline.Host.Keys.FunctionKey);
        return request;
    }

    private static HttpRequestMessage Post(string path, byte[] body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>The platform's fixture, signed as the platform would sign it.</summary>
    private HttpRequestMessage Delivery(string platform)
    {
        switch (platform)
        {
            case "linkedin":
            {
                var body = Encoding.UTF8.GetBytes(WebhookFixtures.Read("linkedin-notifications"));
                return Post("api/webhooks/linkedin", body, (LinkedInSignature.HeaderName, LinkedInSignature.Sign(body, PipelineFixture.LinkedInSecret)));
            }

            case "x":
            {
                var body = Encoding.UTF8.GetBytes(WebhookFixtures.Read("x-activity"));
                return Post("api/webhooks/x", body, (XSignature.HeaderName, XSignature.Sign(body, PipelineFixture.XSecret)));
            }

            case "trustpilot":
            {
                var account = Expected[platform].Account;
                return Post($"api/webhooks/trustpilot/{account}/{EndpointSecrets.TrustpilotToken(PipelineFixture.EndpointKey, account)}",
                    Encoding.UTF8.GetBytes(WebhookFixtures.Read("trustpilot-events")));
            }

            case "webhook":
            {
                var body = Encoding.UTF8.GetBytes(WebhookFixtures.Read("standard-events"));
                var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                var key = EndpointSecrets.StandardWebhookKey(PipelineFixture.EndpointKey, Expected[platform].Account);
                return Post($"api/webhooks/standard/{Expected[platform].Account}", body,
                    ("webhook-id", "msg_e2e_1"), ("webhook-timestamp", now.ToString(CultureInfo.InvariantCulture)),
                    ("webhook-signature", StandardWebhookSignature.Sign("msg_e2e_1", now, body, key)));
            }

            case "instagram":
            {
                var body = Encoding.UTF8.GetBytes(WebhookFixtures.Read("instagram-comments"));
                return Post("api/webhooks/instagram", body, (MetaSignature.HeaderName, MetaSignature.Sign(body, Encoding.UTF8.GetBytes(PipelineFixture.AppSecret))));
            }

            default:
            {
                var notification = """{"notificationType":"NEW_REVIEW","locationName":"accounts/111/locations/222","reviewName":"accounts/111/locations/222/reviews/e2e1"}""";
                var push = $$"""{"message":{"data":"{{Convert.ToBase64String(Encoding.UTF8.GetBytes(notification))}}","messageId":"e2e-1","publishTime":"2025-05-20T09:00:01Z"},"subscription":"projects/p/subscriptions/s"}""";
                var now = DateTime.UtcNow;
                var jwt = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
                {
                    Issuer = "https://accounts.google.com",
                    Audience = PipelineFixture.GoogleAudience,
                    IssuedAt = now,
                    Expires = now.AddHours(1),
                    Claims = new Dictionary<string, object> { ["email"] = PipelineFixture.GoogleServiceAccount, ["email_verified"] = true },
                    SigningCredentials = new SigningCredentials(pipeline.Google.SigningKey, SecurityAlgorithms.RsaSha256),
                });
                return Post("api/webhooks/google", Encoding.UTF8.GetBytes(push), ("Authorization", "Bearer " + jwt));
            }
        }
    }

    private async Task EnsureTeamAsync()
    {
        var team = new
        {
            name = "Every Platform",
            timeZone = "UTC",
            recipients = new[] { "every@example.test" },
            leadThreshold = 1,
            accounts = Expected.Select(e => new { platform = e.Key, accountId = e.Value.Account }).ToArray(),
        };
        using var response = await pipeline.Http.SendAsync(Manage(HttpMethod.Put, $"teams/{TeamId}", team), Cancel);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task SignedFixture_FlowsThroughTheHost_ToAStoredLead(string platform)
    {
        await EnsureTeamAsync();
        var (_, day, leadText) = Expected[platform];

        using var response = await pipeline.Http.SendAsync(Delivery(platform), Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        await WaitForLeadAsync(day, l => l["platform"]?.GetValue<string>() == platform && l["text"]!.GetValue<string>().Contains(leadText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstagramMention_TextIsReadFromTheGraphApi_AndScoredIntoALead()
    {
        await EnsureTeamAsync();

        using (var response = await pipeline.Http.SendAsync(Delivery("instagram"), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The fixture's other mention carries its own text (and may score as a lead too); this one had only ids.
        await WaitForLeadAsync(Expected["instagram"].Day,
            l => l["kind"]?.GetValue<string>() == "mention" && l["text"]?.GetValue<string>() == PipelineFixture.InstagramMentionText);
        Assert.Contains(pipeline.Graph.Requests, r => r == (PipelineFixture.InstagramAccount, "mention:17865799348089041"));
    }

    [Fact]
    public async Task InstagramCaptionMention_CaptionIsReadFromTheGraphApi_AndScoredIntoALead()
    {
        await EnsureTeamAsync();
        const string caption = "Office party next week, acme can you quote me for a cake for 30 people?";
        pipeline.Graph.CaptionMentions["17900000000000555"] = caption;
        var body = Encoding.UTF8.GetBytes($$$"""{"object":"instagram","entry":[{"id":"{{{PipelineFixture.InstagramAccount}}}","time":1747663306,"changes":[{"field":"mentions","value":{"media_id":"17900000000000555"}}]}]}""");

        using (var response = await pipeline.Http.SendAsync(Post("api/webhooks/instagram", body, (MetaSignature.HeaderName, MetaSignature.Sign(body, Encoding.UTF8.GetBytes(PipelineFixture.AppSecret)))), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // A mention in someone else's caption names only the media: its caption comes from mentioned_media.
        await WaitForLeadAsync(Expected["instagram"].Day, l => l["kind"]?.GetValue<string>() == "mention" && l["text"]?.GetValue<string>() == caption);
        Assert.Contains(pipeline.Graph.Requests, r => r == (PipelineFixture.InstagramAccount, "caption-mention:17900000000000555"));
    }

    [Fact]
    public async Task InstagramLikesTimer_ThroughTheHost_RecordsLikesOnce_AndTheDigestShowsThem()
    {
        await EnsureTeamAsync();
        var now = DateTime.UtcNow;
        pipeline.Graph.Accounts[PipelineFixture.InstagramAccount] =
        [
            new("17900000000000777", 42, now.AddHours(-2), "Gift boxes are back for the holidays"),
            new("17900000000000778", 500, now.AddDays(-5), "Our summer menu"),
        ];

        Assert.True(await pipeline.Host.RunFunctionAsync("InstagramLikes", null, Cancel));
        Assert.True(await pipeline.Host.RunFunctionAsync("InstagramLikes", null, Cancel));

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var json = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, $"teams/{TeamId}/digest/json?day={today}"), Cancel);
        var model = await json.Content.ReadFromJsonAsync<JsonObject>(Cancel);
        var instagram = model!["headline"]!.AsArray().Single(h => h!["platform"]!.GetValue<string>() == "instagram")!["current"]!;
        // The new post counts its 42 likes once however often the timer ran; the older one starts from its count.
        Assert.Equal(42, instagram["likes"]!.GetValue<int>());
        Assert.Contains(model["mostLiked"]!.AsArray(), p => p!["name"]!.GetValue<string>().StartsWith("Gift boxes are back", StringComparison.Ordinal)
            && p["link"]?.GetValue<string>() == "https://www.instagram.com/p/17900000000000777/");
    }

    private async Task<JsonNode> WaitForLeadAsync(string day, Func<JsonNode, bool> match)
    {
        var waited = Stopwatch.StartNew();
        JsonArray? leads = null;
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var found = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, $"teams/{TeamId}/leads?day={day}"), Cancel);
            leads = await found.Content.ReadFromJsonAsync<JsonArray>(Cancel);
            if (leads?.FirstOrDefault(l => l is not null && match(l)) is { } lead)
            {
                return lead;
            }

            await Task.Delay(200, Cancel);
        }

        Assert.Fail($"No such lead on {day}; leads: {leads?.ToJsonString()}\nworker:\n{string.Join('\n', pipeline.HandlerOutput.TakeLast(30))}");
        return null!;
    }

    [Fact]
    public async Task LikeAndReplyOnAnXPost_AreCountedInTheDigest()
    {
        await EnsureTeamAsync();
        using (var x = await pipeline.Http.SendAsync(Delivery("x"), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, x.StatusCode);
        }

        var waited = Stopwatch.StartNew();
        string digest = "";
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var preview = await pipeline.Http.SendAsync(Manage(HttpMethod.Get, $"teams/{TeamId}/digest?day=2025-05-19"), Cancel);
            digest = await preview.Content.ReadAsStringAsync(Cancel);
            if (digest.Contains("1924465506158870000", StringComparison.Ordinal) || digest.Contains("Our new team plan is live", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200, Cancel);
        }

        Assert.Fail("The X post with a like and a reply is not in the digest preview:\n" + digest);
    }
}
