using System.Text;
using Azure;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Webhooks.Meta;

public sealed class MetaWebhookFunctionTests
{
    private const string AppSecret = "test-app-secret-0123456789";
    private const string VerifyToken = "test-verify-token";
    private const string Path = "/api/" + MetaWebhookFunction.Route;

    private const string Delivery = """
        {"object":"page","entry":[{"id":"PAGE","time":1449135003,"changes":[
          {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"P_C1","post_id":"PAGE_P","parent_id":"PAGE_P","from":{"id":"U","name":"Ann"},"created_time":1449135003,"message":"How much?"}},
          {"field":"feed","value":{"item":"reaction","verb":"add","reaction_type":"like","post_id":"PAGE_P","from":{"id":"U2"},"created_time":1449135004}},
          {"field":"feed","value":{"item":"share","verb":"add","post_id":"PAGE_P"}}]}]}
        """;

    private readonly RecordingPublisher _publisher = new();

    private MetaWebhookFunction Function => new(
        Options.Create(new MetaOptions { AppSecret = AppSecret, VerifyToken = VerifyToken }),
        new WebhookIntake(Options.Create(new WebhookOptions { MaxBodyBytes = 64 * 1024 }), _publisher, NullLogger<WebhookIntake>.Instance));

    private Task<HttpFunctionCall> PostAsync(string body, string? signature, bool chunked = false)
    {
        var headers = signature is null ? null : new Dictionary<string, string> { [MetaSignature.HeaderName] = signature };
        var request = HttpFunctionCall.Request("POST", Path, Encoding.UTF8.GetBytes(body), headers, chunked: chunked);
        return HttpFunctionCall.RunAsync(request, r => Function.RunAsync(r, TestContext.Current.CancellationToken));
    }

    private Task<HttpFunctionCall> GetAsync(string query) =>
        HttpFunctionCall.RunAsync(HttpFunctionCall.Request("GET", Path, query: query), r => Function.RunAsync(r, TestContext.Current.CancellationToken));

    private static string Sign(string body) => MetaSignature.Sign(Encoding.UTF8.GetBytes(body), Encoding.UTF8.GetBytes(AppSecret));

    [Fact]
    public async Task Post_SignedDelivery_QueuesEventsAndReportsIgnored()
    {
        var response = await PostAsync(Delivery, Sign(Delivery));

        Assert.Equal(200, response.Status);
        Assert.Equal(2, response.Json.GetProperty("queued").GetInt32());
        Assert.Equal("feed/share/add", response.Json.GetProperty("ignored")[0].GetProperty("what").GetString());
        Assert.Equal(2, _publisher.Events.Count);
    }

    [Fact]
    public async Task Post_NoSignature_Is401AndQueuesNothing()
    {
        var response = await PostAsync(Delivery, null);

        Assert.Equal(401, response.Status);
        Assert.Empty(_publisher.Events);
    }

    [Theory]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256=nothex")]
    public async Task Post_ForgedOrMalformedSignature_Is403AndQueuesNothing(string signature)
    {
        var response = await PostAsync(Delivery, signature);

        Assert.Equal(403, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Empty(_publisher.Events);
    }

    [Fact]
    public async Task Post_SignedButMalformedJson_Is400()
    {
        const string body = "{\"object\":\"page\",";

        var response = await PostAsync(body, Sign(body));

        Assert.Equal(400, response.Status);
        Assert.Empty(_publisher.Events);
    }

    [Fact]
    public async Task Post_UnsupportedObject_Is422()
    {
        const string body = "{\"object\":\"user\",\"entry\":[]}";

        var response = await PostAsync(body, Sign(body));

        Assert.Equal(422, response.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // no declared length: the limit applies while reading
    public async Task Post_OverSizeLimit_Is413BeforeSignatureCheck(bool chunked)
    {
        var body = Delivery.Replace("How much?", new string('x', 70 * 1024), StringComparison.Ordinal);

        var response = await PostAsync(body, "sha256=forged", chunked);

        Assert.Equal(413, response.Status);
        Assert.Empty(_publisher.Events);
    }

    public static TheoryData<Exception> QueueFailures => new()
    {
        new RequestFailedException(500, "storage down", "InternalError", null),
        new Azure.Identity.AuthenticationFailedException("managed identity unavailable"),
        new HttpRequestException("connection refused"),
    };

    [Theory]
    [MemberData(nameof(QueueFailures))]
    public async Task Post_QueueUnavailable_Is503SoMetaRetries(Exception failure)
    {
        _publisher.Failure = failure;

        var response = await PostAsync(Delivery, Sign(Delivery));

        Assert.Equal(503, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task Get_Handshake_EchoesChallengeAsPlainText()
    {
        var response = await GetAsync($"hub.mode=subscribe&hub.verify_token={VerifyToken}&hub.challenge=1158201444");

        Assert.Equal(200, response.Status);
        Assert.Equal("text/plain", response.ContentType);
        Assert.Equal("1158201444", response.Body);
    }

    [Fact]
    public async Task Get_HandshakeWithWrongToken_Is403()
    {
        var response = await GetAsync("hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1");

        Assert.Equal(403, response.Status);
    }
}
