using LeadsNotLikes.Events;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks.LinkedIn;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Webhooks.LinkedIn;

public sealed class LinkedInWebhookFunctionTests : WebhookContractTests
{
    private const string Secret = "linkedin-client-secret-0123";
    private const string Path = "/api/" + LinkedInWebhookFunction.Route;

    protected override string Delivery { get; } = WebhookFixtures.Read("linkedin-notifications");

    protected override int DeliveryEvents => 6; // ADMIN_COMMENT is the organization's own

    protected override string WithUnknownType => """
        {"type":"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS","notifications":[
         {"notificationId":1,"organizationalEntity":"urn:li:organization:96072893","action":"LIKE","sourcePost":"urn:li:activity:1","lastModifiedAt":1691574506310},
         {"notificationId":2,"organizationalEntity":"urn:li:organization:96072893","action":"REPOST_WITH_POLL","sourcePost":"urn:li:activity:1","lastModifiedAt":1691574506310}]}
        """;

    protected override IReadOnlyList<string> PersonalData => ["pro plan", "price per seat", "onboarding"];

    private LinkedInWebhookFunction Function(string? secret = Secret) => new(Options.Create(new LinkedInOptions { ClientSecret = secret }), Intake);

    protected override Task<HttpFunctionCall> PostAsync(byte[] body, WebhookAuth auth, bool chunked = false, bool unknownAccount = false)
    {
        if (unknownAccount)
        {
            body = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(body).Replace("96072893", "11111111", StringComparison.Ordinal));
        }

        var signature = auth switch
        {
            WebhookAuth.Missing => null,
            WebhookAuth.Forged => new string('a', 64),
            WebhookAuth.WrongSecret => LinkedInSignature.Sign(body, "another-client-secret"),
            _ => LinkedInSignature.Sign(body, Secret),
        };
        return Send(Function(), body, signature, chunked);
    }

    protected override Task<HttpFunctionCall> PostSignedThenSentAsync(byte[] signed, byte[] sent) =>
        Send(Function(), sent, LinkedInSignature.Sign(signed, Secret));

    protected override Task<HttpFunctionCall> PostUnconfiguredAsync(byte[] body) => Send(Function(null), body, LinkedInSignature.Sign(body, Secret));

    private static Task<HttpFunctionCall> Send(LinkedInWebhookFunction function, byte[] body, string? signature, bool chunked = false)
    {
        var headers = signature is null ? null : new Dictionary<string, string> { [LinkedInSignature.HeaderName] = signature };
        return HttpFunctionCall.RunAsync(HttpFunctionCall.Request("POST", Path, body, headers, chunked: chunked), r => function.RunAsync(r, Token));
    }

    [Fact]
    public async Task Get_Challenge_AnswersJsonWithHexHmacOfTheCode()
    {
        var function = Function();

        var response = await HttpFunctionCall.RunAsync(
            HttpFunctionCall.Request("GET", Path, query: "challengeCode=890e4665-4dfe-4ab1-b689-ed553bceeed0&applicationId=123"), r => function.RunAsync(r, Token));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("890e4665-4dfe-4ab1-b689-ed553bceeed0", response.Json.GetProperty("challengeCode").GetString());
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            "linkedin-client-secret-0123"u8, "890e4665-4dfe-4ab1-b689-ed553bceeed0"u8));
        Assert.Equal(expected, response.Json.GetProperty("challengeResponse").GetString());
    }

    [Fact]
    public async Task Get_NoChallengeCode_Is400()
    {
        var function = Function();

        var response = await HttpFunctionCall.RunAsync(HttpFunctionCall.Request("GET", Path), r => function.RunAsync(r, Token));

        Assert.Equal(400, response.Status);
    }

    [Theory]
    [InlineData("prefixed-message")] // hex(HMAC("hmacsha256=" + body)), bare hex header
    [InlineData("prefixed-header")] // "hmacsha256=" + hex(HMAC(body))
    [InlineData("prefixed-both")] // "hmacsha256=" + hex(HMAC("hmacsha256=" + body))
    [InlineData("bare")] // hex(HMAC(body))
    public async Task Post_EveryDocumentedReadingOfTheSignature_IsAccepted(string variant)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(Delivery);
        var ofBody = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Secret), body));
        var signature = variant switch
        {
            "prefixed-message" => LinkedInSignature.Sign(body, Secret),
            "prefixed-header" => "hmacsha256=" + ofBody,
            "prefixed-both" => "hmacsha256=" + LinkedInSignature.Sign(body, Secret),
            _ => ofBody,
        };

        var response = await Send(Function(), body, signature);

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_Notifications_NormalizeEveryAction()
    {
        await PostAsync(Delivery);

        var events = Publisher.Events;
        Assert.All(events, e => Assert.Equal((Platforms.LinkedIn, "96072893"), (e.Platform, e.AccountId)));
        Assert.Collection(events,
            comment =>
            {
                Assert.Equal((EngagementKind.Comment, EngagementAction.Added), (comment.Kind, comment.Action));
                Assert.Equal("urn:li:activity:7094637247890620418", comment.PostId);
                Assert.Equal("urn:li:person:zLqTygBP8S", comment.AuthorId);
                Assert.Contains("pro plan", comment.Text, StringComparison.Ordinal);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1691574506310), comment.OccurredAt);
            },
            like => Assert.Equal((EngagementKind.Reaction, "like"), (like.Kind, like.ReactionType)),
            reply =>
            {
                Assert.Equal(EngagementKind.Reply, reply.Kind);
                Assert.Equal("Same question here, price per seat?", reply.Text); // the message.text variant
                Assert.Equal("urn:li:comment:(urn:li:activity:7094637247890620418,7094977717598625792)", reply.ParentId);
            },
            mention => Assert.Equal((EngagementKind.Mention, "urn:li:person:def"), (mention.Kind, mention.AuthorId)),
            edit => Assert.Equal((EngagementKind.Comment, EngagementAction.Edited), (edit.Kind, edit.Action)),
            delete =>
            {
                Assert.Equal((EngagementKind.Comment, EngagementAction.Removed), (delete.Kind, delete.Action));
                Assert.Null(delete.Text);
            });
        Assert.Equal(EventIds.From(Platforms.LinkedIn, "5603453321"), events[0].EventId);
    }

    [Fact]
    public async Task Post_AdminComment_IsReportedAsIgnored()
    {
        var response = await PostAsync(Delivery);

        Assert.Equal("ADMIN_COMMENT", Ignored(response)[0].GetProperty("what").GetString());
    }

    [Fact]
    public async Task Post_OtherNotificationFamily_Is422()
    {
        var response = await PostAsync("""{"type":"LEAD_ACTION","notifications":[]}""");

        Assert.Equal(422, response.Status);
    }
}
