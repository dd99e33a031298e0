using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeadsNotLikes.Webhooks.Instagram;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// Reads an Instagram account's recent media with their like counts from the Graph API:
/// <c>GET {base}/{version}/{ig-user-id}/media?fields=id,caption,like_count,timestamp,permalink,media_product_type&amp;limit=50</c>,
/// page after page by <c>paging.cursors.after</c> (the <c>paging.next</c> link only says whether there is more: it
/// carries the access token, which is sent in the <c>Authorization</c> header instead, so no URL holds it and none is
/// logged). Media come newest first; paging stops at the first page whose oldest media is older than the window
/// (⚠ a pinned older post can head the first page, so one old item alone does not stop it), or when the usage headers
/// reach <see cref="InstagramOptions.UsageLimitPercent"/>. An error answer (after the resilience pipeline's retries)
/// throws <see cref="GraphApiException"/>.
/// </summary>
public sealed partial class InstagramGraphClient(HttpClient http, IOptions<InstagramOptions> options)
{
    public const string Fields = "id,caption,like_count,timestamp,permalink,media_product_type";

    public const int PageSize = 50;

    /// <summary>A bound on pages per account and run, whatever the paging says.</summary>
    public const int MaxPages = 20;

    public async Task<MediaRead> ReadRecentMediaAsync(string accountId, string accessToken, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        var media = new List<InstagramMedia>();
        string? after = null;
        for (var page = 1; ; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, MediaUri(accountId, after));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(request, cancellationToken);
            var usage = GraphUsage.Read(response.Headers);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new GraphApiException(accountId, response.StatusCode, GraphError.Parse(body), usage);
            }

            var (items, next, hasNext) = ParsePage(body);
            media.AddRange(items.Where(m => m.Timestamp >= since));
            if (usage.Reached(options.Value.UsageLimitPercent))
            {
                return new MediaRead(media, page, Complete: false, usage);
            }

            var reachedOlder = items.Count > 0 && items[^1].Timestamp < since;
            if (reachedOlder || !hasNext || next is null || page >= MaxPages)
            {
                return new MediaRead(media, page, Complete: true, usage);
            }

            after = next;
        }
    }

    private Uri MediaUri(string accountId, string? after)
    {
        var o = options.Value;
        var baseUrl = o.GraphBaseUrl.EndsWith('/') ? o.GraphBaseUrl : o.GraphBaseUrl + "/";
        var query = $"fields={Uri.EscapeDataString(Fields)}&limit={PageSize.ToString(CultureInfo.InvariantCulture)}";
        if (after is not null)
        {
            query += "&after=" + Uri.EscapeDataString(after);
        }

        return new Uri(new Uri(baseUrl), $"{o.GraphApiVersion}/{Uri.EscapeDataString(accountId)}/media?{query}");
    }

    /// <summary>A page's media (each with an id and a readable timestamp), its <c>after</c> cursor, and whether a <c>next</c> page exists.</summary>
    internal static (List<InstagramMedia> Media, string? After, bool HasNext) ParsePage(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var media = new List<InstagramMedia>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                if (Text(item, "id") is { Length: > 0 } id && Timestamp(Text(item, "timestamp")) is { } timestamp)
                {
                    int? likes = item.TryGetProperty("like_count", out var l) && l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out var n) ? n : null;
                    media.Add(new InstagramMedia(id, Text(item, "caption"), likes, timestamp, Text(item, "permalink"), Text(item, "media_product_type")));
                }
            }
        }

        string? after = null;
        var hasNext = false;
        if (root.TryGetProperty("paging", out var paging) && paging.ValueKind == JsonValueKind.Object)
        {
            hasNext = Text(paging, "next") is { Length: > 0 };
            if (paging.TryGetProperty("cursors", out var cursors) && cursors.ValueKind == JsonValueKind.Object)
            {
                after = Text(cursors, "after");
            }
        }

        return (media, after, hasNext);
    }

    /// <summary>Graph timestamps are ISO 8601 with a colon-less offset, <c>2017-08-31T18:10:00+0000</c>.</summary>
    internal static DateTimeOffset? Timestamp(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var iso = ColonlessOffset().Replace(value, "$1:$2");
        return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex ColonlessOffset();
}
