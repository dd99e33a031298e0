using System.Text;
using LeadsNotLikes.Events;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks.X;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Webhooks.X;

public sealed class XWebhookFunctionTests : WebhookContractTests
{
    private const string Secret = "x-consumer-secret-0123456789";
    private const string Path = "/api/" + XWebhookFunction.Route;

    protected override string Delivery { get; } = WebhookFixtures.Read("x-activity");

    protected override int DeliveryEvents => 5;

    protected override string WithUnknownType => """
        {"for_user_id":"2244994945","follow_events":[{"type":"follow"}],
         "favorite_events":[{"id":"f1","timestamp_ms":1747663800000,"favorited_status":{"id_str":"1"},"user":{"id_str":"7"}}]}
        """;

    protected override IReadOnlyList<string> PersonalData => ["Ann Example", "team plan", "invoicing", "Cat Example"];

    private XWebhookFunction Function(string? secret = Secret) => new(Options.Create(new XOptions { ConsumerSecret = secret }), Intake);

    protected override Task<HttpFunctionCall> PostAsync(byte[] body, WebhookAuth auth, bool chunked = false, bool unknownAccount = false)
    {
        if (unknownAccount)
        {
            body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("2244994945", "999", StringComparison.Ordinal));
        }

        var signature = auth switch
        {
            WebhookAuth.Missing => null,
            WebhookAuth.Forged => "sha256=" + Convert.ToBase64String(new byte[32]),
            WebhookAuth.WrongSecret => XSignature.Sign(body, "another-consumer-secret"),
            _ => XSignature.Sign(body, Secret),
        };
        return Send(Function(), body, signature, chunked);
    }

    protected override Task<HttpFunctionCall> PostSignedThenSentAsync(byte[] signed, byte[] sent) => Send(Function(), sent, XSignature.Sign(signed, Secret));

    protected override Task<HttpFunctionCall> PostUnconfiguredAsync(byte[] body) => Send(Function(null), body, XSignature.Sign(body, Secret));

    private static Task<HttpFunctionCall> Send(XWebhookFunction function, byte[] body, string? signature, bool chunked = false)
    {
        var headers = signature is null ? null : new Dictionary<string, string> { [XSignature.HeaderName] = signature };
        return HttpFunctionCall.RunAsync(HttpFunctionCall.Request("POST", Path, body, headers, chunked: chunked), r => function.RunAsync(r, Token));
    }

    [Fact]
    public async Task Get_Crc_AnswersResponseTokenAsBase64Hmac()
    {
        var function = Function();

        var response = await HttpFunctionCall.RunAsync(HttpFunctionCall.Request("GET", Path, query: "crc_token=challenge123"), r => function.RunAsync(r, Token));

        Assert.Equal(200, response.Status);
        var expected = "sha256=" + Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), "challenge123"u8));
        Assert.Equal(expected, response.Json.GetProperty("response_token").GetString());
    }

    [Fact]
    public async Task Get_NoCrcToken_Is400()
    {
        var function = Function();

        var response = await HttpFunctionCall.RunAsync(HttpFunctionCall.Request("GET", Path), r => function.RunAsync(r, Token));

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task Post_Activity_NormalizesRepliesMentionsOwnPostsLikesAndDeletes()
    {
        await PostAsync(Delivery);

        var events = Publisher.Events;
        Assert.All(events, e => Assert.Equal((Platforms.X, "2244994945"), (e.Platform, e.AccountId)));
        Assert.Collection(events,
            reply =>
            {
                Assert.Equal(EngagementKind.Comment, reply.Kind);
                Assert.Equal("1924465506158870000", reply.PostId);
                Assert.Equal("1924465506158878979", reply.ItemId);
                Assert.Equal("Ann Example", reply.AuthorName);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1747663306000), reply.OccurredAt);
            },
            mention =>
            {
                Assert.Equal(EngagementKind.Mention, mention.Kind);
                Assert.EndsWith("need it by June", mention.Text, StringComparison.Ordinal); // extended_tweet.full_text
            },
            own => Assert.Equal(EngagementKind.Post, own.Kind),
            like =>
            {
                Assert.Equal((EngagementKind.Reaction, "like"), (like.Kind, like.ReactionType));
                Assert.Equal(("1924465506158870000", "6253284"), (like.PostId, like.AuthorId));
            },
            delete => Assert.Equal((EngagementAction.Removed, "1924465506158879100"), (delete.Action, delete.ItemId)));
    }

    [Fact]
    public async Task Post_SameTweetForTwoSubscribedUsers_IsTwoEventsOnePerAccount()
    {
        const string ForA = """{"for_user_id":"1","tweet_create_events":[{"id_str":"55","text":"@a @b hi","user":{"id_str":"9"},"timestamp_ms":"1747663306000"}]}""";
        var forB = ForA.Replace("\"for_user_id\":\"1\"", "\"for_user_id\":\"2\"", StringComparison.Ordinal);

        await PostAsync(ForA);
        await PostAsync(forB);

        Assert.Equal(2, Publisher.Events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void CreatedAt_InXsFormat_IsReadWhenTimestampMsIsMissing()
    {
        var parsed = XPayloadParser.Parse("""{"for_user_id":"1","tweet_create_events":[{"id_str":"5","text":"hi","user":{"id_str":"9"},"created_at":"Mon May 19 14:01:46 +0000 2025"}]}"""u8);

        Assert.Equal(new DateTimeOffset(2025, 5, 19, 14, 1, 46, TimeSpan.Zero), Assert.Single(parsed.Events).OccurredAt);
    }
}
