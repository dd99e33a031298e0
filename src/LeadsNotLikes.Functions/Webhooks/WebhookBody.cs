using Microsoft.AspNetCore.Http;

namespace LeadsNotLikes.Webhooks;

/// <summary>Reads a webhook's raw bytes (signatures are checked on these exact bytes), refusing bodies over the limit.</summary>
public static class WebhookBody
{
    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> (declared or actual).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
