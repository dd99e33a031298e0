using System.Collections.Concurrent;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.PlatformApis.Instagram;
using LeadsNotLikes.Teams;
using LeadsNotLikes.Webhooks.Instagram;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace LeadsNotLikes.Likes;

/// <summary>
/// Reads the like counts of every team's Instagram accounts' recent media (those with a token in
/// <see cref="InstagramOptions.AccessTokens"/>) and records them for the team's local day. Accounts are read one
/// after another, so the Graph API sees one call at a time. It stops calling the Graph API for the rest of the run
/// when the app's usage (<c>X-App-Usage</c>) reaches the usage limit or Graph answers the app's rate limit (code 4);
/// it stops for one account on that business's usage (<c>X-Business-Use-Case-Usage</c>) or the account's rate limits
/// (17, 32, 341, 613, 800xx), and leaves that account alone until <c>estimated_time_to_regain_access</c> has passed
/// (kept in memory: a new instance forgets it and tries once). Invalid tokens, other Graph errors and outages fail the
/// account; the other accounts are still read. A token Graph refuses (expired, revoked or missing a permission) is
/// reported to <see cref="ITokenHealth"/>, so the team's next digest says to renew it.
/// </summary>
public sealed partial class InstagramLikesPoller(
    InstagramGraphClient graph,
    IMediaLikesRecorder recorder,
    ITokenHealth tokens,
    IOptions<InstagramOptions> options,
    TimeProvider time,
    ILogger<InstagramLikesPoller> logger)
{
    private const string App = "";
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);
    private int _offLogged;

    /// <summary>Whether any token is configured; when not, logs so once per instance.</summary>
    public bool IsOn()
    {
        if (options.Value.PollsLikes())
        {
            return true;
        }

        if (Interlocked.Exchange(ref _offLogged, 1) == 0)
        {
            LogOff(logger);
        }

        return false;
    }

    public async Task<LikesPollRun> PollAsync(IReadOnlyList<Team> teams, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var o = options.Value;
        var now = time.GetUtcNow();
        var since = now.AddDays(-o.LikesWindowDays);
        int polled = 0, stopped = 0, skipped = 0, failed = 0, changed = 0;
        var appStopped = Paused(App, now);
        foreach (var team in teams)
        {
            var day = DigestSchedule.LocalDay(now, team.ResolveTimeZone());
            foreach (var account in team.Accounts.Where(a => a.Platform == Platforms.Instagram))
            {
                if (!o.AccessTokens.TryGetValue(account.AccountId, out var token) || string.IsNullOrWhiteSpace(token) || appStopped || Paused(account.AccountId, now))
                {
                    skipped++;
                    continue;
                }

                try
                {
                    var read = await graph.ReadRecentMediaAsync(account.AccountId, token, since, cancellationToken);
                    foreach (var media in read.Media)
                    {
                        changed += await recorder.RecordAsync(team.Id, media, day, now, cancellationToken) ? 1 : 0;
                    }

                    polled++;
                    LogPolled(logger, team.Id, account.AccountId, read.Media.Count, read.Pages, read.Usage.AppPercent, read.Usage.BusinessPercent);
                    if (!read.Complete)
                    {
                        stopped++;
                        appStopped |= StopOnUsage(account.AccountId, read.Usage, now, o.UsageLimitPercent);
                    }
                }
                catch (GraphApiException e) when (e.Kind is GraphErrorKind.AppRateLimited or GraphErrorKind.AccountRateLimited)
                {
                    stopped++;
                    var app = e.Kind == GraphErrorKind.AppRateLimited;
                    appStopped |= app;
                    Pause(app ? App : account.AccountId, now + e.Usage.RegainAccessAfter);
                    LogRateLimited(logger, account.AccountId, (int)e.Status, e.Error?.Code, e.Error?.Subcode, app, e.Usage.RegainAccessAfter);
                }
                catch (GraphApiException e)
                {
                    failed++;
                    if (e.Kind == GraphErrorKind.NotAuthorized)
                    {
                        tokens.RecordTokenExpiry(Platforms.Instagram, account.AccountId, now);
                    }

                    LogGraphError(logger, account.AccountId, (int)e.Status, e.Error?.Code, e.Error?.Subcode, e.Error?.Type, e.Error?.FbTraceId, e.Kind);
                }
                catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or System.Text.Json.JsonException)
                {
                    failed++;
                    LogUnreachable(logger, e, account.AccountId);
                }
            }
        }

        return new LikesPollRun(polled, stopped, skipped, failed, changed);
    }

    /// <summary>Usage at the limit: the app's stops the run (true); a business's pauses its account until access is regained.</summary>
    private bool StopOnUsage(string accountId, GraphUsage usage, DateTimeOffset now, int limit)
    {
        var app = usage.AppPercent >= limit;
        if (usage.BusinessPercent >= limit)
        {
            Pause(accountId, now + usage.RegainAccessAfter);
        }

        LogUsageLimit(logger, accountId, usage.AppPercent, usage.BusinessPercent, limit, app, usage.RegainAccessAfter);
        return app;
    }

    private void Pause(string key, DateTimeOffset until) => _pausedUntil[key] = until;

    private bool Paused(string key, DateTimeOffset now) => _pausedUntil.TryGetValue(key, out var until) && until > now;

    [LoggerMessage(Level = LogLevel.Information, Message = "Instagram like polling is off: no Instagram__AccessTokens__ setting (one per Instagram account id) is set")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Instagram likes for team {TeamId}, account {AccountId}: {Media} recent media in {Pages} pages; usage app {AppPercent}%, business {BusinessPercent}%")]
    private static partial void LogPolled(ILogger logger, string teamId, string accountId, int media, int pages, int appPercent, int businessPercent);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Graph API usage for account {AccountId} reached the limit (app {AppPercent}%, business {BusinessPercent}%, limit {Limit}%): no more calls {ForWholeRun} this run; access regained in {RegainAfter}")]
    private static partial void LogUsageLimit(ILogger logger, string accountId, int appPercent, int businessPercent, int limit, bool forWholeRun, TimeSpan regainAfter);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Graph API rate limit for account {AccountId} (HTTP {Status}, code {Code}, subcode {Subcode}; app-wide {AppWide}): polling stopped for this run; access regained in {RegainAfter}")]
    private static partial void LogRateLimited(ILogger logger, string accountId, int status, int? code, int? subcode, bool appWide, TimeSpan regainAfter);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Graph API refused the media of account {AccountId} (HTTP {Status}, code {Code}, subcode {Subcode}, type {Type}, fbtrace_id {FbTraceId}, {Kind}); not retried")]
    private static partial void LogGraphError(ILogger logger, string accountId, int status, int? code, int? subcode, string? type, string? fbTraceId, GraphErrorKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Graph API unreachable for account {AccountId} after retries")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string accountId);
}
