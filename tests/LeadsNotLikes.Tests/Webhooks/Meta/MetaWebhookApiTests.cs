using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.Tests.Webhooks.Meta;

public sealed class MetaWebhookApiTests : IDisposable
{
    private const string Delivery = """
        {"object":"page","entry":[{"id":"PAGE","time":1449135003,"changes":[
          {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"P_C1","post_id":"PAGE_P","parent_id":"PAGE_P","from":{"id":"U","name":"Ann"},"created_time":1449135003,"message":"How much?"}},
          {"field":"feed","value":{"item":"reaction","verb":"add","reaction_type":"like","post_id":"PAGE_P","from":{"id":"U2"},"created_time":1449135004}},
          {"field":"feed","value":{"item":"share","verb":"add","post_id":"PAGE_P"}}]}]}
        """;

    private readonly FunctionAppFactory _app = new();
    private readonly HttpClient _client;

    public MetaWebhookApiTests() => _client = _app.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, MetaWebhookApi.Route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add(MetaSignature.HeaderName, signature);
        }

        return _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Sign(string body) => MetaSignature.Sign(Encoding.UTF8.GetBytes(body), Encoding.UTF8.GetBytes(FunctionAppFactory.AppSecret));

    [Fact]
    public async Task Post_SignedDelivery_QueuesEventsAndReportsIgnored()
    {
        using var response = await PostAsync(Delivery, Sign(Delivery));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, receipt.RootElement.GetProperty("queued").GetInt32());
        Assert.Equal("feed/share/add", receipt.RootElement.GetProperty("ignored")[0].GetProperty("what").GetString());
        Assert.Equal(2, _app.Published.Count);
    }

    [Fact]
    public async Task Post_NoSignature_Is401AndQueuesNothing()
    {
        using var response = await PostAsync(Delivery, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_app.Published);
    }

    [Theory]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256=nothex")]
    public async Task Post_ForgedOrMalformedSignature_Is403AndQueuesNothing(string signature)
    {
        using var response = await PostAsync(Delivery, signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_app.Published);
    }

    [Fact]
    public async Task Post_SignedButMalformedJson_Is400()
    {
        const string body = "{\"object\":\"page\",";

        using var response = await PostAsync(body, Sign(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_app.Published);
    }

    [Fact]
    public async Task Post_UnsupportedObject_Is422()
    {
        const string body = "{\"object\":\"user\",\"entry\":[]}";

        using var response = await PostAsync(body, Sign(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Post_OverSizeLimit_Is413BeforeSignatureCheck()
    {
        var body = Delivery.Replace("How much?", new string('x', 70 * 1024), StringComparison.Ordinal);

        using var response = await PostAsync(body, Sign(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_app.Published);
    }

    [Fact]
    public async Task Post_ChunkedOverSizeLimit_Is413()
    {
        var body = Delivery.Replace("How much?", new string('x', 70 * 1024), StringComparison.Ordinal);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentLength = null; // no declared length: the limit applies while reading
        using var request = new HttpRequestMessage(HttpMethod.Post, MetaWebhookApi.Route) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add(MetaSignature.HeaderName, Sign(body));

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
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
        _app.PublishFailure = failure;

        using var response = await PostAsync(Delivery, Sign(Delivery));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Get_Handshake_EchoesChallengeAsPlainText()
    {
        using var response = await _client.GetAsync(
            $"{MetaWebhookApi.Route}?hub.mode=subscribe&hub.verify_token={FunctionAppFactory.VerifyToken}&hub.challenge=1158201444",
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_HandshakeWithWrongToken_Is403()
    {
        using var response = await _client.GetAsync($"{MetaWebhookApi.Route}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1",
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Root_AnswersTheHostsReadinessProbe()
    {
        using var response = await _client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostScore_MessageThatIsNotAnEvent_FailsTheInvocation()
    {
        var envelope = new { Data = new { @event = "\"{\\\"hello\\\":1}\"" }, Metadata = new { Id = "\"m1\"", DequeueCount = "1" } };

        using var response = await _client.PostAsJsonAsync("/Score", envelope, TestContext.Current.CancellationToken);

        // Non-2xx fails the invocation: the host retries it, then moves it to the poison queue.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
