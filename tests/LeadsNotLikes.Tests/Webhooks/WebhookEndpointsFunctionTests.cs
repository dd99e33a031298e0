using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.StandardWebhooks;
using LeadsNotLikes.Webhooks.Trustpilot;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Webhooks;

public sealed class WebhookEndpointsFunctionTests
{
    private const string Key = "endpoint-key-0123456789abcdef0123456789";

    private static Task<HttpFunctionCall> GetAsync(string platform, string account, string? key = Key)
    {
        var function = new WebhookEndpointsFunction(
            Options.Create(new TrustpilotOptions { EndpointKey = key }), Options.Create(new StandardWebhooksOptions { EndpointKey = key }));
        var request = HttpFunctionCall.Request("GET", $"/api/manage/webhooks/{platform}/{account}");
        request.Scheme = "https";
        request.Host = new Microsoft.AspNetCore.Http.HostString("lnl.example");
        return HttpFunctionCall.RunAsync(request, r => Task.FromResult(function.Run(r, platform, account)));
    }

    [Fact]
    public async Task Get_Trustpilot_GivesTheUrlWithTheAccountsToken()
    {
        var response = await GetAsync("trustpilot", "bu-1");

        Assert.Equal(200, response.Status);
        Assert.Equal($"https://lnl.example/api/webhooks/trustpilot/bu-1/{EndpointSecrets.TrustpilotToken(Key, "bu-1")}", response.Json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Get_StandardWebhooks_GivesTheUrlAndAWhsecSecretThatVerifies()
    {
        var response = await GetAsync("webhook", "shop-1");

        var secret = response.Json.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(EndpointSecrets.StandardWebhookKey(Key, "shop-1"), StandardWebhookSignature.DecodeSecret(secret));
        Assert.Equal("https://lnl.example/api/webhooks/standard/shop-1", response.Json.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("linkedin", "1", Key)]
    [InlineData("trustpilot", "bu-1", null)]
    [InlineData("webhook", "bad account!", Key)]
    public async Task Get_NoDerivedEndpoint_Is404(string platform, string account, string? key) =>
        Assert.Equal(404, (await GetAsync(platform, account, key)).Status);
}
