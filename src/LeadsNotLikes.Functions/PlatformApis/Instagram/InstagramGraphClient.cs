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
        var media = new List<InstagramMedia>();
        string? after = null;
        for (var page = 1; ; page++)
        {
            var (body, usage) = await GetAsync(MediaUri(accountId, after), accountId, accessToken, cancellationToken);
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

    /// <summary>
    /// The comment in which someone mentioned the account (a <c>mentions</c> webhook names only its id):
    /// <c>GET /{ig-user-id}?fields=mentioned_comment.comment_id({comment-id}){text,timestamp,like_count,media{id,permalink}}</c>.
    /// Null when the answer holds no such comment.
    /// </summary>
    public async Task<MentionedComment?> GetMentionedCommentAsync(string accountId, string accessToken, string commentId, CancellationToken cancellationToken)
    {
        using var document = await GetMentionAsync(accountId, accessToken, "mentioned_comment.comment_id", commentId, "text,timestamp,like_count,media{id,permalink}", cancellationToken);
        if (!document.RootElement.TryGetProperty("mentioned_comment", out var comment) || comment.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var media = comment.TryGetProperty("media", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        return new MentionedComment(Text(comment, "text"), Timestamp(Text(comment, "timestamp")),
            media.ValueKind == JsonValueKind.Object ? Text(media, "id") : null, media.ValueKind == JsonValueKind.Object ? Text(media, "permalink") : null);
    }

    /// <summary>
    /// Someone else's media whose caption mentioned the account (a <c>mentions</c> webhook with only a <c>media_id</c>):
    /// <c>GET /{ig-user-id}?fields=mentioned_media.media_id({media-id}){caption,media_type,timestamp}</c> (IG User
    /// Mentioned Media reference). ⚠ <c>permalink</c> is not asked for: the reference's field list for this edge was not
    /// seen to include it, and an unknown field fails the whole call (code 100). Null when the answer holds no such media.
    /// </summary>
    public async Task<MentionedMedia?> GetMentionedMediaAsync(string accountId, string accessToken, string mediaId, CancellationToken cancellationToken)
    {
        using var document = await GetMentionAsync(accountId, accessToken, "mentioned_media.media_id", mediaId, "caption,media_type,timestamp", cancellationToken);
        if (!document.RootElement.TryGetProperty("mentioned_media", out var media) || media.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new MentionedMedia(Text(media, "caption"), Text(media, "media_type"), Timestamp(Text(media, "timestamp")));
    }

    /// <summary><c>GET /{ig-user-id}?fields={edge}({id}){{fields}}</c>: the ids a mention webhook names are digits.</summary>
    private async Task<JsonDocument> GetMentionAsync(string accountId, string accessToken, string edge, string id, string fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (!IsGraphId(id))
        {
            throw new ArgumentException("An Instagram comment or media id is digits.", nameof(id));
        }

        var query = "fields=" + Uri.EscapeDataString($"{edge}({id}){{{fields}}}");
        var (body, _) = await GetAsync(GraphUri(Uri.EscapeDataString(accountId), query), accountId, accessToken, cancellationToken);
        return JsonDocument.Parse(body);
    }

    /// <summary>Whether <paramref name="id"/> looks like a Graph id (digits, or digits joined by <c>_</c>), safe inside a field expansion.</summary>
    public static bool IsGraphId(string id) => id.Length > 0 && id.All(c => char.IsAsciiDigit(c) || c == '_');

    /// <summary>One GET with the token in the Authorization header; an error answer throws <see cref="GraphApiException"/>.</summary>
    private async Task<(string Body, GraphUsage Usage)> GetAsync(Uri uri, string accountId, string accessToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var usage = GraphUsage.Read(response.Headers);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new GraphApiException(accountId, response.StatusCode, GraphError.Parse(body), usage);
        }

        return (body, usage);
    }

    private Uri MediaUri(string accountId, string? after)
    {
        var query = $"fields={Uri.EscapeDataString(Fields)}&limit={PageSize.ToString(CultureInfo.InvariantCulture)}";
        return GraphUri(Uri.EscapeDataString(accountId) + "/media", after is null ? query : query + "&after=" + Uri.EscapeDataString(after));
    }

    private Uri GraphUri(string path, string query)
    {
        var o = options.Value;
        var baseUrl = o.GraphBaseUrl.EndsWith('/') ? o.GraphBaseUrl : o.GraphBaseUrl + "/";
        return new Uri(new Uri(baseUrl), $"{o.GraphApiVersion}/{path}?{query}");
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
