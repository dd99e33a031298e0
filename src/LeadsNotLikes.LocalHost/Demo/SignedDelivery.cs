using System.Net.Http.Headers;
using System.Text;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.LocalHost.Demo;

/// <summary>A Meta webhook delivery as Meta sends it: the JSON bytes, signed with the app secret in X-Hub-Signature-256.</summary>
public static class SignedDelivery
{
    /// <summary>Where the MetaWebhook function listens, relative to the host's base address.</summary>
    public const string Path = "api/webhooks/meta";

    public static HttpRequestMessage Create(string json, string appSecret)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(MetaSignature.HeaderName, MetaSignature.Sign(body, Encoding.UTF8.GetBytes(appSecret)));
        return request;
    }
}
