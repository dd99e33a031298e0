using System.Text;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Webhooks.Meta;

public sealed class MetaDataDeletionFunctionTests
{
    private const string AppSecret = "deletion-app-secret-0123456789";
    private const string Payload = """{"algorithm":"HMAC-SHA256","expires":1291840400,"issued_at":1291836800,"user_id":"218471"}""";

    private sealed class RecordingEraser : IPersonDataEraser
    {
        public List<string> Erased { get; } = [];

        public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        {
            Erased.Add(userId);
            return Task.FromResult(2);
        }
    }

    private readonly RecordingEraser _eraser = new();

    private MetaDataDeletionFunction Function => new(
        Options.Create(new MetaOptions { AppSecret = AppSecret, VerifyToken = "verify-token" }), _eraser, NullLogger<MetaDataDeletionFunction>.Instance);

    private Task<HttpFunctionCall> PostAsync(string? signedRequest)
    {
        var form = signedRequest is null ? "other=1" : "signed_request=" + Uri.EscapeDataString(signedRequest);
        var request = HttpFunctionCall.Request("POST", "/api/" + MetaDataDeletionFunction.Route, Encoding.UTF8.GetBytes(form));
        request.ContentType = "application/x-www-form-urlencoded";
        request.Scheme = "https";
        request.Host = new Microsoft.AspNetCore.Http.HostString("lnl.example");
        return HttpFunctionCall.RunAsync(request, r => Function.RunAsync(r, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_SignedRequest_ErasesThePersonAndAnswersUrlAndCode()
    {
        var response = await PostAsync(MetaSignedRequest.Sign(Payload, Encoding.UTF8.GetBytes(AppSecret)));

        Assert.Equal(200, response.Status);
        Assert.Equal(["218471"], _eraser.Erased);
        var code = response.Json.GetProperty("confirmation_code").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", code);
        Assert.Equal($"https://lnl.example/api/webhooks/meta/data-deletion/{code}", response.Json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Status_OfAnIssuedCode_IsCompleted_AndOfAnyOtherCode_Is404()
    {
        var answer = await PostAsync(MetaSignedRequest.Sign(Payload, Encoding.UTF8.GetBytes(AppSecret)));
        var code = answer.Json.GetProperty("confirmation_code").GetString()!;

        var issued = await HttpFunctionCall.RunAsync(HttpFunctionCall.Request("GET", "/x"), r => Task.FromResult(Function.Status(r, code)));
        var forged = await HttpFunctionCall.RunAsync(HttpFunctionCall.Request("GET", "/x"), r => Task.FromResult(Function.Status(r, code[..16] + new string('0', 16))));

        Assert.Equal(200, issued.Status);
        Assert.Contains("completed", issued.Body, StringComparison.Ordinal);
        Assert.Equal(404, forged.Status);
    }

    [Fact]
    public async Task Post_NoSignedRequest_Is401() => Assert.Equal(401, (await PostAsync(null)).Status);

    [Fact]
    public async Task Post_SignedWithAnotherSecret_Is403AndErasesNothing()
    {
        var response = await PostAsync(MetaSignedRequest.Sign(Payload, "another-secret-0123456789"u8));

        Assert.Equal(403, response.Status);
        Assert.Empty(_eraser.Erased);
    }

    [Theory]
    [InlineData("no-dot-here")]
    [InlineData("%%%.%%%")]
    [InlineData(".payload")]
    public async Task Post_MalformedSignedRequest_Is403(string signedRequest) =>
        Assert.Equal(403, (await PostAsync(signedRequest)).Status);

    [Theory]
    [InlineData("""{"algorithm":"HMAC-SHA1","user_id":"1"}""")]
    [InlineData("""{"algorithm":"HMAC-SHA256"}""")]
    [InlineData("not json")]
    public void Read_WrongAlgorithmNoUserOrNotJson_IsRefused(string payload)
    {
        var (userId, verification) = MetaSignedRequest.Read(MetaSignedRequest.Sign(payload, Encoding.UTF8.GetBytes(AppSecret)), Encoding.UTF8.GetBytes(AppSecret));

        Assert.Null(userId);
        Assert.False(verification.IsValid);
    }

    [Fact]
    public void Read_UnpaddedBase64UrlAsMetaSendsIt_IsAccepted()
    {
        var signed = MetaSignedRequest.Sign(Payload, Encoding.UTF8.GetBytes(AppSecret));

        var (userId, verification) = MetaSignedRequest.Read(signed, Encoding.UTF8.GetBytes(AppSecret));

        Assert.True(verification.IsValid);
        Assert.Equal("218471", userId);
        Assert.DoesNotContain('=', signed);
    }
}
