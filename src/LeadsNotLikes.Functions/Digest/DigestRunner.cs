using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Compiles and sends each team's likes-versus-leads digests, at most once per team per period: the period is
/// claimed in <see cref="DigestLog"/> before sending and marked sent after. A period whose digest could not be sent
/// on its day is sent late by a later run (within <see cref="DigestSchedule.CatchUpDays"/>), oldest first. A team
/// whose send fails is released and retried by the next timer run; the others are not held up.
/// </summary>
public sealed partial class DigestRunner(
    TeamDirectory directory,
    EngagementCounters counters,
    LeadStore leads,
    PostStore posts,
    DaySummaryStore summaries,
    DigestLog log,
    DigestSender sender,
    DigestLinks links,
    IngestionHealthCounters health,
    PoisonQueueDepth poison,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    /// <summary>How long a claim holds off other runs; longer than any send takes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>Days of history the content-type section covers.</summary>
    public const int HistoryDays = 28;

    private const int Parallelism = 4;

    public async Task<DigestRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var teams = await directory.ListAsync(cancellationToken);
        int sent = 0, skipped = 0, failed = 0;

        // Each team is isolated: its failure is counted, never thrown, so it cannot cancel another team's send
        // (or the "sent" mark after it) through the loop's shared token.
        await Parallel.ForEachAsync(teams, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (team, _) =>
        {
            var (teamSent, ok) = await RunForTeamAsync(team, now, cancellationToken);
            Interlocked.Add(ref sent, teamSent);
            if (!ok)
            {
                Interlocked.Increment(ref failed);
            }
            else if (teamSent == 0)
            {
                Interlocked.Increment(ref skipped);
            }
        });
        return new DigestRun(sent, skipped, failed);
    }

    /// <summary>The digest's content for one team and day.</summary>
    public Task<DigestReport> BuildReportAsync(Team team, DateOnly day, CancellationToken cancellationToken) =>
        BuildReportAsync(team, DigestPeriod.Day(day), cancellationToken);

    /// <summary>The digest's content for one team and period, read from the team's partition.</summary>
    public async Task<DigestReport> BuildReportAsync(Team team, DigestPeriod period, CancellationToken cancellationToken) =>
        (await CompileAsync(team, period, cancellationToken)).Report;

    private async Task<(DigestReport Report, IReadOnlyDictionary<string, DayTotals> Days)> CompileAsync(Team team, DigestPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(period);
        var now = time.GetUtcNow();
        var historyFrom = Min(period.Previous.Start, period.End.AddDays(1 - HistoryDays));
        var historyTo = period.Start.AddDays(-1);
        var unansweredFrom = period.Start.AddDays(-options.Value.UnansweredDays);

        // Every read at once; the counters are summed per post and day as they arrive and typed once the post texts
        // are in. One leads query covers the unanswered days and the period, which follow each other.
        var infosTask = posts.ListAsync(team.Id, cancellationToken);
        var countsTask = counters.ReadAsync(team.Id, period.Start, period.End, cancellationToken);
        var leadsTask = leads.ListActiveAsync(team.Id, unansweredFrom, period.End, cancellationToken);
        var savedTask = summaries.ListAsync(team.Id, historyFrom, historyTo, cancellationToken);
        var healthTask = health.ReadAsync(period.Start, period.End, cancellationToken);
        var poisonTask = poison.ReadAsync(cancellationToken);

        var infos = await infosTask;
        var types = new Dictionary<string, ContentType>(StringComparer.Ordinal);
        foreach (var info in infos)
        {
            types[PostActivity.PostKey(info.Platform, info.PostId)] = info.ContentType;
        }

        ContentType TypeOf(string platform, string postId) => types.GetValueOrDefault(PostActivity.PostKey(platform, postId));

        var current = (await countsTask).Summarize(TypeOf);
        var activeLeads = await leadsTask;
        var periodStart = LeadStore.Day(period.Start);
        var periodLeads = activeLeads.Where(l => string.CompareOrdinal(l.Day, periodStart) >= 0 && l.Resolution != LeadResolution.NotALead).ToList();
        var unanswered = activeLeads.Where(l => string.CompareOrdinal(l.Day, periodStart) < 0 && l.Resolution is null).ToList();
        var days = current.Days.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        foreach (var day in period.EachDay())
        {
            days.TryAdd(LeadStore.Day(day), new DayTotals());
        }

        AddLeads(days, periodLeads, TypeOf);

        var history = (await savedTask).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        var missing = EachDay(historyFrom, historyTo).Where(d => !history.ContainsKey(LeadStore.Day(d))).ToList();
        if (missing.Count > 0)
        {
            // Days no digest summarized yet: one range query over their counters, then keep the settled ones.
            var computed = await counters.SummarizeAsync(team.Id, missing[0], missing[^1], TypeOf, cancellationToken);
            var computedDays = computed.Days.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
            AddLeads(computedDays, (await leads.ListActiveAsync(team.Id, missing[0], missing[^1], cancellationToken)).Where(l => l.Resolution != LeadResolution.NotALead), TypeOf);
            var settled = DigestSchedule.LocalDay(now, team.ResolveTimeZone()).AddDays(-2);
            foreach (var day in missing)
            {
                var totals = computedDays.GetValueOrDefault(LeadStore.Day(day)) ?? new DayTotals();
                history[LeadStore.Day(day)] = totals;
                if (day <= settled)
                {
                    await summaries.SaveAsync(team.Id, day, totals, cancellationToken);
                }
            }
        }

        var previous = new DayTotals();
        foreach (var day in period.Previous.EachDay())
        {
            foreach (var totals in history.GetValueOrDefault(LeadStore.Day(day))?.Platforms.Values ?? Enumerable.Empty<PlatformTotals>())
            {
                previous.Add(totals);
            }
        }

        var fourWeeks = new DayTotals();
        foreach (var day in EachDay(period.End.AddDays(1 - HistoryDays), period.End))
        {
            var totals = days.GetValueOrDefault(LeadStore.Day(day)) ?? history.GetValueOrDefault(LeadStore.Day(day));
            foreach (var type in totals?.ContentTypes.Values ?? Enumerable.Empty<ContentTypeTotals>())
            {
                fourWeeks.AddType(type.Type, type.Posts, type.Likes, type.Leads);
            }
        }

        var expires = now.AddDays(options.Value.LinkLifetimeDays);
        var report = new DigestReport
        {
            TeamId = team.Id,
            TeamName = team.Name,
            Period = period,
            TimeZone = team.TimeZone,
            GeneratedAt = now,
            Posts = current.Posts,
            Previous = [.. previous.Platforms.Values],
            PostInfos = infos,
            Leads = periodLeads.Select(l => Summary(team, l, expires)).ToList(),
            Unanswered = unanswered.Select(l => Summary(team, l, expires)).ToList(),
            FourWeeks = [.. fourWeeks.ContentTypes.Values],
            Health = await healthTask with { PoisonMessages = await poisonTask },
        };
        return (report, days);
    }

    private LeadSummary Summary(Team team, LeadDocument lead, DateTimeOffset expires) => new()
    {
        Id = lead.Id,
        Platform = lead.Platform,
        PostId = lead.PostId,
        Kind = lead.Kind,
        Intent = lead.Intent,
        Score = lead.Score,
        Text = lead.Text ?? "",
        Evidence = lead.Evidence,
        AuthorName = lead.AuthorName,
        Rating = lead.Rating,
        OccurredAt = lead.FirstSeenAt,
        Link = Links.ToItem(lead.Platform, lead.PostId, lead.ItemId),
        ReplyBy = ReplyWindows.Closes(lead.Platform, lead.Kind, lead.FirstSeenAt),
        Resolution = lead.Resolution switch
        {
            LeadResolution.Handled => "handled",
            LeadResolution.NotALead => "notALead",
            _ => null,
        },
        HandledLink = links.Create(team.Id, lead.Id, LeadAction.Handled, expires),
        NotALeadLink = links.Create(team.Id, lead.Id, LeadAction.NotALead, expires),
    };

    private static void AddLeads(Dictionary<string, DayTotals> days, IEnumerable<LeadDocument> periodLeads, Func<string, string, ContentType> typeOf)
    {
        foreach (var lead in periodLeads)
        {
            if (!days.TryGetValue(lead.Day, out var totals))
            {
                days[lead.Day] = totals = new DayTotals();
            }

            totals.Add(new PlatformTotals(lead.Platform, 0, 0, 0, 0, 1));
            totals.AddType(typeOf(lead.Platform, lead.PostId), 0, 0, 1);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static IEnumerable<DateOnly> EachDay(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary>
    /// Sends every due, unsent period of the team, oldest first. A period before the latest one is sent late only
    /// when the team already had a digest in the catch-up window (so a new team does not get a week of empty digests).
    /// Returns how many were sent and whether all went well.
    /// </summary>
    private async Task<(int Sent, bool Ok)> RunForTeamAsync(Team team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        DigestPeriod? period = null;
        DigestClaim? claim = null;
        var emailed = false;
        try
        {
            var due = DigestSchedule.DuePeriods(team, now);
            var latest = DigestSchedule.DuePeriod(team, now);
            var records = await log.ListSinceAsync(team.Id, due[0].Start, cancellationToken);
            foreach (var candidate in due)
            {
                period = candidate;
                var id = DigestLog.DocumentId(candidate);
                if (records.TryGetValue(id, out var record) && (record.Sent || record.LeaseUntil > now))
                {
                    continue;
                }

                var wasLive = records.Values.Any(r => string.CompareOrdinal(r.Day, LeadStore.Day(candidate.Start)) < 0);
                if (candidate != latest && !wasLive)
                {
                    continue;
                }

                claim = await log.TryClaimAsync(team.Id, candidate, Lease, cancellationToken);
                if (claim is null)
                {
                    continue;
                }

                var (report, days) = await CompileAsync(team, candidate, cancellationToken);
                var message = DigestComposer.Compose(report);
                await sender.SendAsync(team, candidate, message, cancellationToken);
                emailed = true;

                // The email is out: record it even if the run is being cancelled, or the next run would send it again.
                await log.MarkSentAsync(claim, report.TotalLeads, report.TotalLikes, CancellationToken.None);
                claim = null;
                emailed = false;
                sent++;
                LogSent(logger, team.Id, candidate.Key, report.TotalLeads, report.TotalLikes, team.Recipients.Count, candidate != latest);
                await SaveSettledAsync(team, days, CancellationToken.None);
            }

            return (sent, true);
        }
        catch (Exception e)
        {
            LogFailed(logger, e, team.Id, period?.Key ?? "", emailed);
            if (claim is not null && !emailed)
            {
                await ReleaseQuietlyAsync(claim);
            }

            return (sent, false);
        }
    }

    /// <summary>Keeps the sent period's day totals for later comparisons (best effort: a later digest recomputes a missing day).</summary>
    private async Task SaveSettledAsync(Team team, IReadOnlyDictionary<string, DayTotals> days, CancellationToken cancellationToken)
    {
        foreach (var (day, totals) in days)
        {
            try
            {
                await summaries.SaveAsync(team.Id, DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), totals, cancellationToken);
            }
            catch (Microsoft.Azure.Cosmos.CosmosException e)
            {
                LogSummaryNotSaved(logger, e, team.Id, day);
            }
        }
    }

    /// <summary>Gives a claim back so the next run retries; if that fails too, the lease expires on its own.</summary>
    private async Task ReleaseQuietlyAsync(DigestClaim claim)
    {
        try
        {
            await log.ReleaseAsync(claim, CancellationToken.None);
        }
        catch (Exception e) when (e is Microsoft.Azure.Cosmos.CosmosException or HttpRequestException or OperationCanceledException)
        {
            LogReleaseFailed(logger, claim.TeamId, claim.Period.Key, Lease);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for team {TeamId} for {Period} sent: {Leads} leads, {Likes} likes, {Recipients} recipients, late {Late}")]
    private static partial void LogSent(ILogger logger, string teamId, string period, int leads, int likes, int recipients, bool late);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest for team {TeamId} for {Period} failed (email already sent: {Emailed}); unless sent, the next run retries it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string teamId, string period, bool emailed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the digest claim of team {TeamId} for {Period}; it expires after {Lease}")]
    private static partial void LogReleaseFailed(ILogger logger, string teamId, string period, TimeSpan lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Day summary of team {TeamId} on {Day} not saved; a later digest recomputes it")]
    private static partial void LogSummaryNotSaved(ILogger logger, Exception exception, string teamId, string day);
}
