using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// Signs each attempt with Storage Shared Key (azure-facts.md D.3, as the SDK's StorageSharedKeyPipelinePolicy does).
/// Registered per retry, so <c>x-ms-date</c> is fresh and the client-request-id headers already exist.
/// </summary>
internal sealed class SharedKeyPolicy(string accountName, byte[] accountKey, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(StringToSign(request, accountName))));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }

    internal static string StringToSign(Request request, string accountName)
    {
        long length = 0;
        var hasLength = request.Content?.TryComputeLength(out length) == true;
        var sts = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Header(request, "Content-Encoding")).Append('\n')
            .Append(Header(request, "Content-Language")).Append('\n')
            .Append(hasLength && length > 0 ? length.ToString(CultureInfo.InvariantCulture) : "").Append('\n')
            .Append(Header(request, "Content-MD5")).Append('\n')
            .Append(Header(request, "Content-Type")).Append('\n')
            .Append('\n') // Date: empty because x-ms-date is sent
            .Append(Header(request, "If-Modified-Since")).Append('\n')
            .Append(Header(request, "If-Match")).Append('\n')
            .Append(Header(request, "If-None-Match")).Append('\n')
            .Append(Header(request, "If-Unmodified-Since")).Append('\n')
            .Append(Header(request, "Range")).Append('\n');

        foreach (var header in request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Name.ToLowerInvariant(), h.Value))
            .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            sts.Append(header.Name).Append(':').Append(header.Value.Trim()).Append('\n');
        }

        var uri = request.Uri.ToUri();
        sts.Append('/').Append(accountName).Append(uri.AbsolutePath);
        foreach (var (name, value) in Query(uri).OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            sts.Append('\n').Append(name).Append(':').Append(value);
        }

        return sts.ToString();
    }

    private static string Header(Request request, string name) => request.Headers.TryGetValue(name, out var value) ? value : "";

    private static IEnumerable<(string Name, string Value)> Query(Uri uri) =>
        uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0]).ToLowerInvariant())
            .Select(g => (g.Key, string.Join(',', g.Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "").Order(StringComparer.Ordinal))));
}
