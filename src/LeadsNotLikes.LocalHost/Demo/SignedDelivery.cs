using System.Net.Http.Headers;
using System.Text;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.LocalHost.Demo;

/// <summary>A Meta webhook delivery as Meta sends it: the JSON bytes, signed with the app secret in X-Hub-Signature-256.</summary>
public static class SignedDelivery
{
    /// <summary>The Meta webhook function's path on the host (its route in the function app, under the api prefix).</summary>
    public const string WebhookPath = "api/webhooks/meta";

    public static HttpRequestMessage Create(string json, string appSecret)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(MetaSignature.HeaderName, MetaSignature.Sign(body, Encoding.UTF8.GetBytes(appSecret)));
        return request;
    }
}
