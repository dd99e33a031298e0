using System.Text;
using LeadsNotLikes.Events;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.StandardWebhooks;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace LeadsNotLikes.Tests.Webhooks.StandardWebhooks;

public sealed class StandardWebhookFunctionTests : WebhookContractTests
{
    private const string EndpointKey = "standard-endpoint-key-0123456789abcdef";
    private const string Account = "acme-shop";
    private const string WebhookId = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

    /// <summary>A sender-generated secret, as the spec's examples give it.</summary>
    private const string ListedSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    protected override string Delivery { get; } = WebhookFixtures.Read("standard-events");

    protected override int DeliveryEvents => 5;

    protected override bool HasTimestamp => true;

    protected override string WithUnknownType => """
        [{"type":"comment.created","timestamp":"2025-05-20T09:40:00Z","data":{"id":"c-1","postId":"p-1","text":"hi"}},
         {"type":"invoice.paid","timestamp":"2025-05-20T09:40:00Z","data":{"id":"i-1"}}]
        """;

    protected override IReadOnlyList<string> PersonalData => ["Dana", "ship to Austria", "Where can I buy"];

    private StandardWebhookFunction Function(StandardWebhooksOptions? options = null) =>
        new(Options.Create(options ?? new StandardWebhooksOptions { EndpointKey = EndpointKey }), Intake, Time);

    private byte[] KeyOf(string account) => EndpointSecrets.StandardWebhookKey(EndpointKey, account);

    protected override Task<HttpFunctionCall> PostAsync(byte[] body, WebhookAuth auth, bool chunked = false, bool unknownAccount = false)
    {
        var account = unknownAccount ? "nobodys-shop" : Account;
        var now = Time.GetUtcNow();
        var timestamp = auth switch
        {
            WebhookAuth.Stale => now.AddMinutes(-6),
            WebhookAuth.Future => now.AddMinutes(6),
            _ => now,
        };
        var signature = auth switch
        {
            WebhookAuth.Missing => null,
            WebhookAuth.Forged => "v1," + Convert.ToBase64String(new byte[32]),
            WebhookAuth.WrongSecret => StandardWebhookSignature.Sign(WebhookId, timestamp.ToUnixTimeSeconds(), body, EndpointSecrets.StandardWebhookKey("another-key-0123456789abcdef0123", account)),
            _ => StandardWebhookSignature.Sign(WebhookId, timestamp.ToUnixTimeSeconds(), body, KeyOf(account)),
        };
        return Send(Function(), account, body, WebhookId, timestamp.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signature, chunked);
    }

    protected override Task<HttpFunctionCall> PostSignedThenSentAsync(byte[] signed, byte[] sent)
    {
        var ts = Time.GetUtcNow().ToUnixTimeSeconds();
        return Send(Function(), Account, sent, WebhookId, ts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StandardWebhookSignature.Sign(WebhookId, ts, signed, KeyOf(Account)));
    }

    protected override Task<HttpFunctionCall> PostUnconfiguredAsync(byte[] body)
    {
        var ts = Time.GetUtcNow().ToUnixTimeSeconds();
        return Send(Function(new StandardWebhooksOptions()), Account, body, WebhookId, ts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StandardWebhookSignature.Sign(WebhookId, ts, body, KeyOf(Account)));
    }

    private static Task<HttpFunctionCall> Send(StandardWebhookFunction function, string account, byte[] body, string? id, string? timestamp,
        string? signature, bool chunked = false, string prefix = "webhook-")
    {
        var headers = new Dictionary<string, string>();
        if (id is not null)
        {
            headers[prefix + "id"] = id;
        }

        if (timestamp is not null)
        {
            headers[prefix + "timestamp"] = timestamp;
        }

        if (signature is not null)
        {
            headers[prefix + "signature"] = signature;
        }

        return HttpFunctionCall.RunAsync(HttpFunctionCall.Request("POST", $"/api/{StandardWebhookFunction.RoutePrefix}/{account}", body, headers, chunked: chunked),
            r => function.RunAsync(r, account, Token));
    }

    private Task<HttpFunctionCall> SendSigned(StandardWebhookFunction function, string body, string signatureHeader, string prefix = "webhook-") =>
        Send(function, Account, Encoding.UTF8.GetBytes(body), WebhookId,
            Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signatureHeader, prefix: prefix);

    private string Sign(string body, byte[] key) => StandardWebhookSignature.Sign(WebhookId, Time.GetUtcNow().ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body), key);

    [Fact]
    public async Task Post_SeveralSignaturesInTheHeader_AnyMatchingV1IsAccepted()
    {
        var header = $"v1a,bm90LWVkMjU1MTk= v1,{Convert.ToBase64String(new byte[32])} {Sign(Delivery, KeyOf(Account))}";

        var response = await SendSigned(Function(), Delivery, header);

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_OnlyV1aSignatures_Is403()
    {
        var response = await SendSigned(Function(), Delivery, "v1a,bm90LWVkMjU1MTk=");

        Assert.Equal(403, response.Status);
    }

    /// <summary>An ed25519 key pair as a v1a sender holds it: the private seed, and the whpk_ value listed for the account.</summary>
    private static (byte[] Private, string Public) Ed25519KeyPair(byte seed)
    {
        var privateKey = Enumerable.Range(0, Ed25519.SecretKeySize).Select(i => (byte)(i * 7 + seed)).ToArray();
        var publicKey = new byte[Ed25519.PublicKeySize];
        Ed25519.GeneratePublicKey(privateKey, 0, publicKey, 0);
        return (privateKey, StandardWebhookSignature.PublicKeyPrefix + Convert.ToBase64String(publicKey));
    }

    private string SignV1a(string body, byte[] privateKey) =>
        StandardWebhookSignature.SignV1a(WebhookId, Time.GetUtcNow().ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body), privateKey);

    [Fact]
    public async Task Post_V1aSignedWithTheAccountsListedPublicKey_IsAccepted()
    {
        var (privateKey, publicKey) = Ed25519KeyPair(1);
        var options = new StandardWebhooksOptions { Secrets = { [Account] = publicKey } };

        var response = await SendSigned(Function(options), Delivery, SignV1a(Delivery, privateKey));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_V1aSignedWithAnotherPrivateKey_Is403()
    {
        var (_, publicKey) = Ed25519KeyPair(1);
        var (otherPrivate, _) = Ed25519KeyPair(2);
        var options = new StandardWebhooksOptions { Secrets = { [Account] = publicKey } };

        var response = await SendSigned(Function(options), Delivery, SignV1a(Delivery, otherPrivate));

        Assert.Equal(403, response.Status);
    }

    [Fact]
    public async Task Post_V1aOverAnotherBody_Is403_AndATruncatedV1aSignature_Is403()
    {
        var (privateKey, publicKey) = Ed25519KeyPair(1);
        var options = new StandardWebhooksOptions { Secrets = { [Account] = publicKey } };
        var signed = SignV1a(Delivery, privateKey);

        var tampered = await SendSigned(Function(options), Delivery.Replace("Dana", "Dina", StringComparison.Ordinal), signed);
        var truncated = await SendSigned(Function(options), Delivery, signed[..^8]);

        Assert.Equal(403, tampered.Status);
        Assert.Equal(403, truncated.Status);
    }

    [Fact]
    public async Task Post_PublicKeyAndSecretListedTogether_EitherSignatureIsAccepted()
    {
        var (privateKey, publicKey) = Ed25519KeyPair(3);
        var options = new StandardWebhooksOptions { Secrets = { [Account] = ListedSecret + " " + publicKey } };

        var v1 = await SendSigned(Function(options), Delivery, Sign(Delivery, StandardWebhookSignature.DecodeSecret(ListedSecret)!));
        var v1a = await SendSigned(Function(options), Delivery, $"v1,{Convert.ToBase64String(new byte[32])} {SignV1a(Delivery, privateKey)}");

        Assert.Equal((200, 200), (v1.Status, v1a.Status));
    }

    [Theory]
    [InlineData("whpk_")]
    [InlineData("whpk_bm90LWEta2V5")] // 10 bytes, not 32
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("MCowBQYDK2VwAyEA")]
    public void DecodePublicKey_AnythingButA32ByteWhpkValue_IsNull(string value) =>
        Assert.Null(StandardWebhookSignature.DecodePublicKey(value));

    [Fact]
    public async Task Post_SenderGeneratedSecretListedForTheAccount_IsAccepted()
    {
        var options = new StandardWebhooksOptions { Secrets = { [Account] = "whsec_old0000000000000000000000000000 " + ListedSecret } };

        var response = await SendSigned(Function(options), Delivery, Sign(Delivery, StandardWebhookSignature.DecodeSecret(ListedSecret)!));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_AnotherAccountsSecret_Is403()
    {
        var response = await SendSigned(Function(), Delivery, Sign(Delivery, KeyOf("other-shop")));

        Assert.Equal(403, response.Status);
    }

    [Fact]
    public async Task Post_SvixHeaderNames_AreTheSameScheme()
    {
        var response = await SendSigned(Function(), Delivery, Sign(Delivery, KeyOf(Account)), prefix: "svix-");

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_NoWebhookId_Is401()
    {
        var ts = Time.GetUtcNow().ToUnixTimeSeconds();
        var response = await Send(Function(), Account, Encoding.UTF8.GetBytes(Delivery), null,
            ts.ToString(System.Globalization.CultureInfo.InvariantCulture), Sign(Delivery, KeyOf(Account)));

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task Post_TimestampJustInsideTolerance_IsAccepted()
    {
        var ts = Time.GetUtcNow().AddMinutes(-4).ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(Delivery);

        var response = await Send(Function(), Account, body, WebhookId, ts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StandardWebhookSignature.Sign(WebhookId, ts, body, KeyOf(Account)));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_Events_NormalizeEveryKindWithTheWebhookIdAsDedupeKey()
    {
        await PostAsync(Delivery);

        Assert.All(Publisher.Events, e => Assert.Equal((Platforms.Webhook, Account), (e.Platform, e.AccountId)));
        Assert.Collection(Publisher.Events,
            review =>
            {
                Assert.Equal((EngagementKind.Review, 4, "r-1001"), (review.Kind, review.Rating, review.PostId));
                Assert.Equal(EventIds.From(Platforms.Webhook, Account, WebhookId + "#0"), review.EventId);
            },
            comment => Assert.Equal((EngagementKind.Comment, "video-3", "Eve"), (comment.Kind, comment.PostId, comment.AuthorName)),
            reply => Assert.Equal((EngagementKind.Reply, "c-17"), (reply.Kind, reply.ParentId)),
            reaction => Assert.Equal((EngagementKind.Reaction, "love", (string?)null), (reaction.Kind, reaction.ReactionType, reaction.ItemId)),
            delete => Assert.Equal((EngagementKind.Comment, EngagementAction.Removed), (delete.Kind, delete.Action)));
    }

    [Fact]
    public void Parse_SingleEvent_UsesTheWebhookIdAlone()
    {
        var parsed = StandardWebhookParser.Parse("""{"type":"mention.created","timestamp":"2025-05-20T09:40:00+02:00","data":{"id":"m1","postId":"p1","text":"@acme hi"}}"""u8, Account, WebhookId);

        var mention = Assert.Single(parsed.Events);
        Assert.Equal(EventIds.From(Platforms.Webhook, Account, WebhookId), mention.EventId);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 7, 40, 0, TimeSpan.Zero), mention.OccurredAt);
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    public void DecodeSecret_WithOrWithoutPrefix_GivesTheSameKey(string secret) =>
        Assert.Equal(Convert.FromBase64String("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), StandardWebhookSignature.DecodeSecret(secret));

    [Fact]
    public void Verify_SpecExample_IsValid()
    {
        // The Standard Webhooks reference test vector.
        var key = StandardWebhookSignature.DecodeSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")!;
        var result = StandardWebhookSignature.Verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", """{"test": 2432232314}"""u8, [key], DateTimeOffset.FromUnixTimeSeconds(1614265330));

        Assert.True(result.IsValid);
    }
}
