using System.Text;
using LeadsNotLikes.Events;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks.Instagram;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Webhooks.Instagram;

public sealed class InstagramWebhookFunctionTests : WebhookContractTests
{
    private const string AppSecret = "meta-app-secret-0123456789";
    private const string InstagramSecret = "instagram-app-secret-0123456789";
    private const string Path = "/api/" + InstagramWebhookFunction.Route;

    protected override string Delivery { get; } = WebhookFixtures.Read("instagram-comments");

    protected override int DeliveryEvents => 4;

    protected override string WithUnknownType => """
        {"object":"instagram","entry":[{"id":"1784","time":1747663306,"changes":[
          {"field":"comments","value":{"id":"1","text":"hi","from":{"id":"u"},"media":{"id":"m"}}},
          {"field":"story_insights","value":{"media_id":"m","impressions":-1}}]}]}
        """;

    protected override IReadOnlyList<string> PersonalData => ["ann.example", "large box", "where can I order"];

    private InstagramWebhookFunction Function(string? instagramSecret = InstagramSecret) => new(
        Options.Create(new MetaOptions { AppSecret = AppSecret, VerifyToken = "verify-token" }),
        Options.Create(new InstagramOptions { AppSecret = instagramSecret }), Intake);

    protected override Task<HttpFunctionCall> PostAsync(byte[] body, WebhookAuth auth, bool chunked = false, bool unknownAccount = false)
    {
        if (unknownAccount)
        {
            body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("17841400000000001", "1999", StringComparison.Ordinal));
        }

        var signature = auth switch
        {
            WebhookAuth.Missing => null,
            WebhookAuth.Forged => "sha256=" + new string('0', 64),
            WebhookAuth.WrongSecret => MetaSignature.Sign(body, "another-app-secret-0123"u8),
            _ => MetaSignature.Sign(body, Encoding.UTF8.GetBytes(AppSecret)),
        };
        return Send(Function(), body, signature, chunked);
    }

    protected override Task<HttpFunctionCall> PostSignedThenSentAsync(byte[] signed, byte[] sent) =>
        Send(Function(), sent, MetaSignature.Sign(signed, Encoding.UTF8.GetBytes(AppSecret)));

    /// <summary>Instagram shares the required Meta settings, so it is always configured.</summary>
    protected override bool HasOptionalConfiguration => false;

    protected override Task<HttpFunctionCall> PostUnconfiguredAsync(byte[] body) => throw new NotSupportedException();

    private static Task<HttpFunctionCall> Send(InstagramWebhookFunction function, byte[] body, string? signature, bool chunked = false)
    {
        var headers = signature is null ? null : new Dictionary<string, string> { [MetaSignature.HeaderName] = signature };
        return HttpFunctionCall.RunAsync(HttpFunctionCall.Request("POST", Path, body, headers, chunked: chunked), r => function.RunAsync(r, Token));
    }

    [Fact]
    public async Task Post_SignedWithTheInstagramAppSecret_IsAccepted()
    {
        var body = Encoding.UTF8.GetBytes(Delivery);

        var response = await Send(Function(), body, MetaSignature.Sign(body, Encoding.UTF8.GetBytes(InstagramSecret)));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Get_Handshake_EchoesTheChallenge()
    {
        var function = Function();

        var response = await HttpFunctionCall.RunAsync(
            HttpFunctionCall.Request("GET", Path, query: "hub.mode=subscribe&hub.verify_token=verify-token&hub.challenge=42"), r => function.RunAsync(r, Token));

        Assert.Equal(("42", 200), (response.Body, response.Status));
    }

    [Fact]
    public async Task Post_EveryEnvelopeShape_NormalizesCommentsRepliesAndMentions()
    {
        await PostAsync(Delivery);

        Assert.All(Publisher.Events, e => Assert.Equal((Platforms.Instagram, "17841400000000001"), (e.Platform, e.AccountId)));
        Assert.Collection(Publisher.Events,
            comment =>
            {
                Assert.Equal((EngagementKind.Comment, "17900000000000001", "17865799348089039"), (comment.Kind, comment.PostId, comment.ItemId));
                Assert.Equal(("IGSID1", "ann.example"), (comment.AuthorId, comment.AuthorName));
                Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1747663306), comment.OccurredAt);
            },
            reply => Assert.Equal((EngagementKind.Reply, "17865799348089040", "17865799348089039"), (reply.Kind, reply.ItemId, reply.ParentId)), // comment_id variant
            mention => Assert.Equal((EngagementKind.Mention, "17900000000000099", (string?)null), (mention.Kind, mention.PostId, mention.Text)),
            flat => Assert.Equal(("17865799348089042", "Love it, where can I order?"), (flat.ItemId, flat.Text))); // Instagram Login shape
    }

    [Fact]
    public void MetaParser_InstagramObject_IsReadAsInstagram()
    {
        var parsed = MetaPayloadParser.Parse(Encoding.UTF8.GetBytes(Delivery));

        Assert.Equal(4, parsed.Events.Count);
        Assert.All(parsed.Events, e => Assert.Equal(Platforms.Instagram, e.Platform));
    }

    [Fact]
    public void Parse_TheAccountsOwnComment_IsIgnored()
    {
        var parsed = InstagramPayloadParser.Parse("""{"object":"instagram","entry":[{"id":"A","time":1,"changes":[{"field":"comments","value":{"id":"1","text":"thanks!","from":{"id":"A"},"media":{"id":"m"}}}]}]}"""u8);

        Assert.Empty(parsed.Events);
        Assert.Equal("the account's own comment", Assert.Single(parsed.Ignored).Reason);
    }
}
