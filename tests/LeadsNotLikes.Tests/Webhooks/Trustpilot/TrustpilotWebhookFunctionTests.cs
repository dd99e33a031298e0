using System.Text;
using LeadsNotLikes.Events;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Trustpilot;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Webhooks.Trustpilot;

public sealed class TrustpilotWebhookFunctionTests : WebhookContractTests
{
    private const string Key = "trustpilot-endpoint-key-0123456789abcdef";
    private const string Account = "46d6a890000064000500e0c3";

    protected override string Delivery { get; } = WebhookFixtures.Read("trustpilot-events");

    protected override int DeliveryEvents => 3;

    protected override bool SignsBody => false;

    protected override string WithUnknownType => """
        {"events":[{"eventName":"service-review-created","eventData":{"id":"r1","stars":4,"createdAt":"2025-05-20T09:34:44Z","text":"ok"}},
                   {"eventName":"invitation-sent","eventData":{"id":"i1"}}]}
        """;

    protected override IReadOnlyList<string> PersonalData => ["bulk orders", "Support never answered", "Customer"];

    private TrustpilotWebhookFunction Function(string? key = Key) => new(Options.Create(new TrustpilotOptions { EndpointKey = key }), Intake);

    protected override Task<HttpFunctionCall> PostAsync(byte[] body, WebhookAuth auth, bool chunked = false, bool unknownAccount = false)
    {
        var account = unknownAccount ? "unknown-business-unit" : Account;
        var token = auth switch
        {
            WebhookAuth.Missing => null,
            WebhookAuth.Forged => "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            WebhookAuth.WrongSecret => EndpointSecrets.TrustpilotToken("another-endpoint-key-0123456789abcdef", account),
            _ => EndpointSecrets.TrustpilotToken(Key, account),
        };
        return Send(Function(), account, token, body, chunked: chunked);
    }

    protected override Task<HttpFunctionCall> PostSignedThenSentAsync(byte[] signed, byte[] sent) =>
        Send(Function(), Account, EndpointSecrets.TrustpilotToken(Key, Account), sent);

    protected override Task<HttpFunctionCall> PostUnconfiguredAsync(byte[] body) =>
        Send(Function(null), Account, EndpointSecrets.TrustpilotToken(Key, Account), body);

    private static Task<HttpFunctionCall> Send(TrustpilotWebhookFunction function, string account, string? token, byte[] body,
        string? authorization = null, bool chunked = false)
    {
        var headers = authorization is null ? null : new Dictionary<string, string> { ["Authorization"] = authorization };
        var path = $"/api/{TrustpilotWebhookFunction.RoutePrefix}/{account}" + (token is null ? "" : "/" + token);
        return HttpFunctionCall.RunAsync(HttpFunctionCall.Request("POST", path, body, headers, chunked: chunked),
            r => function.RunAsync(r, account, token, Token));
    }

    [Fact]
    public async Task Post_TokenAsBasicAuthPassword_IsAccepted()
    {
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("trustpilot:" + EndpointSecrets.TrustpilotToken(Key, Account)));

        var response = await Send(Function(), Account, null, Encoding.UTF8.GetBytes(Delivery), basic);

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_AnotherAccountsToken_Is403()
    {
        var response = await Send(Function(), Account, EndpointSecrets.TrustpilotToken(Key, "other-unit"), Encoding.UTF8.GetBytes(Delivery));

        Assert.Equal(403, response.Status);
    }

    [Fact]
    public async Task Post_InvalidAccountInUrl_Is404()
    {
        var response = await Send(Function(), "bad account!", "x", Encoding.UTF8.GetBytes(Delivery));

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task Post_Reviews_NormalizeCreatedUpdatedDeleted()
    {
        await PostAsync(Delivery);

        Assert.All(Publisher.Events, e => Assert.Equal((Platforms.Trustpilot, Account, EngagementKind.Review), (e.Platform, e.AccountId, e.Kind)));
        Assert.Collection(Publisher.Events,
            created =>
            {
                Assert.Equal((EngagementAction.Added, 5), (created.Action, created.Rating));
                Assert.Equal("Great service\n\nQuick delivery. Do you also offer a business account for bulk orders?", created.Text);
                Assert.Equal(("53bffc39000064000296b0f3", "Customer"), (created.AuthorId, created.AuthorName));
                Assert.Equal(new DateTimeOffset(2025, 5, 20, 9, 34, 44, TimeSpan.Zero), created.OccurredAt);
            },
            updated => Assert.Equal((EngagementAction.Edited, 2, new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero)), (updated.Action, updated.Rating, updated.OccurredAt)),
            deleted => Assert.Equal((EngagementAction.Removed, (string?)null), (deleted.Action, deleted.Text)));
    }

    [Fact]
    public void Parse_FlatEventTypeReviewShape_IsAccepted()
    {
        var parsed = TrustpilotPayloadParser.Parse("""{"eventType":"service-review-created","review":{"id":"r9","stars":3,"text":"fine","createdAt":"2025-05-20T09:00:00Z"}}"""u8, Account);

        Assert.Equal(3, Assert.Single(parsed.Events).Rating);
    }
}
