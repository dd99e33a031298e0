using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadsNotLikes.Tests.PlatformApis.Instagram;

/// <summary>
/// The Graph API's <c>GET /{version}/{ig-user-id}/media</c> on 127.0.0.1, as documented: the account's media newest
/// first in pages of <see cref="PageSize"/>, <c>paging.cursors.after</c> and a <c>paging.next</c> link (which, like
/// Graph's, repeats the token), Graph error bodies for a wrong token, and per-account scripted answers (status,
/// Graph error, Retry-After, usage headers, a delay) served before the normal ones. Records every request.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string Version = "v25.0";
    private readonly WebApplication _app;

    private FakeGraph(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = default!;

    public int PageSize { get; set; } = 2;

    /// <summary>Each account's media, newest first.</summary>
    public ConcurrentDictionary<string, List<Media>> Accounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers given before the normal ones, per account, in order.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<Answer>> Scripted { get; } = new(StringComparer.Ordinal);

    /// <summary>Usage headers sent with every normal page of an account.</summary>
    public ConcurrentDictionary<string, Answer> Usage { get; } = new(StringComparer.Ordinal);

    /// <summary>Comments that mention an account, by comment id: their text.</summary>
    public ConcurrentDictionary<string, string> Mentions { get; } = new(StringComparer.Ordinal);

    /// <summary>Others' media whose caption mentions an account, by media id: their caption (null: a media without one).</summary>
    public ConcurrentDictionary<string, string?> CaptionMentions { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request: the account, and the media page's <c>after</c> cursor (or <c>mention:{comment-id}</c>, <c>caption-mention:{media-id}</c>).</summary>
    public ConcurrentQueue<(string Account, string? After)> Requests { get; } = new();

    public int RequestsFor(string account) => Requests.Count(r => r.Account == account);

    public static string Token(string account) => "EAAG-secret-token-" + account;

    public void Script(string account, params Answer[] answers)
    {
        var queue = Scripted.GetOrAdd(account, _ => new ConcurrentQueue<Answer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public static object Error(int code, string type = "OAuthException", int? subcode = null, string message = "An error occurred") =>
        new { error = new { message, type, code, error_subcode = subcode, fbtrace_id = "AbCdEfGh123" } };

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraph(app);
        app.MapGet($"/{Version}/{{account}}/media", fake.MediaAsync);
        app.MapGet($"/{Version}/{{account}}", fake.MentionAsync);
        await app.StartAsync();
        fake.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return fake;
    }

    private async Task<IResult> MentionAsync(HttpContext context, string account)
    {
        var fields = context.Request.Query["fields"].ToString();
        const string prefix = "mentioned_comment.comment_id(";
        const string mediaPrefix = "mentioned_media.media_id(";
        if (fields.StartsWith(mediaPrefix, StringComparison.Ordinal))
        {
            return await CaptionMentionAsync(context, account, fields, fields[mediaPrefix.Length..fields.IndexOf(')', StringComparison.Ordinal)]);
        }

        var commentId = fields.StartsWith(prefix, StringComparison.Ordinal) ? fields[prefix.Length..fields.IndexOf(')', StringComparison.Ordinal)] : "";
        Requests.Enqueue((account, "mention:" + commentId));
        if (await RefusalAsync(context, account) is { } refusal)
        {
            return refusal;
        }

        if (!fields.EndsWith("){text,timestamp,like_count,media{id,permalink}}", StringComparison.Ordinal) || !Mentions.TryGetValue(commentId, out var text))
        {
            return Results.Json(Error(100, "GraphMethodException", 33, "Unsupported get request"), statusCode: 400);
        }

        return Results.Json(new
        {
            mentioned_comment = new { text, timestamp = "2026-11-20T09:30:00+0000", like_count = 0, media = new { id = "OTHERS_MEDIA", permalink = "https://www.instagram.com/p/OTHERS_MEDIA/" }, id = commentId },
            id = account,
        });
    }

    /// <summary>
    /// <c>mentioned_media.media_id({id}){caption,media_type,timestamp}</c>: as Graph answers, a media without a caption
    /// has no <c>caption</c> field; an unknown media id is error 100.
    /// </summary>
    private async Task<IResult> CaptionMentionAsync(HttpContext context, string account, string fields, string mediaId)
    {
        Requests.Enqueue((account, "caption-mention:" + mediaId));
        if (await RefusalAsync(context, account) is { } refusal)
        {
            return refusal;
        }

        if (!fields.EndsWith("){caption,media_type,timestamp}", StringComparison.Ordinal) || !CaptionMentions.TryGetValue(mediaId, out var caption))
        {
            return Results.Json(Error(100, "GraphMethodException", 33, "Unsupported get request"), statusCode: 400);
        }

        var media = new Dictionary<string, object> { ["media_type"] = "IMAGE", ["timestamp"] = "2026-11-20T09:30:00+0000", ["id"] = mediaId };
        if (caption is not null)
        {
            media["caption"] = caption;
        }

        return Results.Json(new { mentioned_media = media, id = account });
    }

    /// <summary>A scripted refusal (after its delay and headers), or Graph's answer to a wrong token; null to answer normally.</summary>
    private async Task<IResult?> RefusalAsync(HttpContext context, string account)
    {
        if (Scripted.TryGetValue(account, out var queue) && queue.TryDequeue(out var scripted))
        {
            await Task.Delay(scripted.Delay, context.RequestAborted);
            Headers(context, scripted);
            if (scripted.Status != 200)
            {
                return Results.Json(scripted.Body, statusCode: scripted.Status);
            }
        }

        return context.Request.Headers.Authorization.ToString() != "Bearer " + Token(account)
            ? Results.Json(Error(190, message: "Invalid OAuth access token - Cannot parse access token"), statusCode: 400)
            : null;
    }

    private async Task<IResult> MediaAsync(HttpContext context, string account)
    {
        var after = context.Request.Query["after"].FirstOrDefault();
        Requests.Enqueue((account, after));
        if (await RefusalAsync(context, account) is { } refusal)
        {
            return refusal;
        }

        if (context.Request.Query["fields"] != "id,caption,like_count,timestamp,permalink,media_product_type")
        {
            return Results.Json(Error(100, message: "Tried accessing nonexisting field"), statusCode: 400);
        }

        if (Usage.TryGetValue(account, out var usage))
        {
            Headers(context, usage);
        }

        var media = Accounts.GetValueOrDefault(account) ?? [];
        var start = after is null ? 0 : int.Parse(after["cursor-".Length..], CultureInfo.InvariantCulture);
        var page = media.Skip(start).Take(PageSize).ToList();
        var end = start + page.Count;
        var paging = new Dictionary<string, object>
        {
            ["cursors"] = new { before = $"cursor-{start}", after = $"cursor-{end}" },
        };
        if (end < media.Count)
        {
            paging["next"] = new Uri(BaseUri, $"{Version}/{account}/media?access_token={Token(account)}&fields=id&limit={PageSize}&after=cursor-{end}").AbsoluteUri;
        }

        return Results.Json(new
        {
            data = page.Select(m => new
            {
                id = m.Id,
                caption = m.Caption,
                like_count = m.Likes,
                timestamp = m.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000",
                permalink = $"https://www.instagram.com/p/{m.Id}/",
                media_product_type = "FEED",
            }),
            paging,
        });
    }

    private static void Headers(HttpContext context, Answer answer)
    {
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.AppUsage is not null)
        {
            context.Response.Headers["X-App-Usage"] = answer.AppUsage;
        }

        if (answer.BusinessUsage is not null)
        {
            context.Response.Headers["X-Business-Use-Case-Usage"] = answer.BusinessUsage;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A media item; <see cref="Timestamp"/> in UTC.</summary>
    public sealed record Media(string Id, int Likes, DateTime Timestamp, string? Caption = null);

    /// <summary>A scripted answer; status 200 means "usage headers (and a delay), then the normal page".</summary>
    public sealed record Answer(int Status = 200, object? Body = null, string? RetryAfter = null, string? AppUsage = null, string? BusinessUsage = null, TimeSpan Delay = default);
}
