using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Compiles and sends each due team's likes-versus-leads digest for its local yesterday, at most once per team
/// per day: the day is claimed in <see cref="DigestLog"/> before sending and marked sent after. A team whose send
/// fails is released and retried by the next timer run; the others are not held up.
/// </summary>
public sealed partial class DigestRunner(
    TeamDirectory directory,
    EngagementCounters counters,
    LeadStore leads,
    DigestLog log,
    DigestSender sender,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    /// <summary>How long a claim holds off other runs; longer than any send takes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

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
            switch (await RunForTeamAsync(team, now, cancellationToken))
            {
                case true:
                    Interlocked.Increment(ref sent);
                    break;
                case false:
                    Interlocked.Increment(ref failed);
                    break;
                default:
                    Interlocked.Increment(ref skipped);
                    break;
            }
        });
        return new DigestRun(sent, skipped, failed);
    }

    /// <summary>The digest's content for one team and day, read from the team's partition.</summary>
    public async Task<DigestReport> BuildReportAsync(Team team, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var posts = counters.ListAsync(team.Id, day, cancellationToken);
        var active = leads.ListActiveAsync(team.Id, day, cancellationToken);
        return new DigestReport
        {
            TeamName = team.Name,
            Day = day,
            TimeZone = team.TimeZone,
            Posts = await posts,
            Leads = (await active).Select(l => new LeadSummary
            {
                Platform = l.Platform,
                PostId = l.PostId,
                Kind = l.Kind,
                Intent = l.Intent,
                Score = l.Score,
                Text = l.Text ?? "",
                Evidence = l.Evidence,
                AuthorName = l.AuthorName,
                Rating = l.Rating,
                OccurredAt = l.FirstSeenAt,
                Link = Links.ToPost(l.Platform, l.PostId),
            }).ToList(),
        };
    }

    /// <summary>True when sent, false when it failed, null when skipped.</summary>
    private async Task<bool?> RunForTeamAsync(Team team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateOnly day = default;
        DigestClaim? claim = null;
        var emailed = false;
        try
        {
            if (DigestSchedule.DueDay(team, now) is not { } due)
            {
                return null;
            }

            day = due;
            claim = await log.TryClaimAsync(team.Id, day, Lease, cancellationToken);
            if (claim is null)
            {
                return null;
            }

            var report = await BuildReportAsync(team, day, cancellationToken);
            await sender.SendAsync(team, day, DigestComposer.Compose(report), cancellationToken);
            emailed = true;

            // The email is out: record it even if the run is being cancelled, or the next run would send it again.
            await log.MarkSentAsync(claim, report.TotalLeads, report.TotalLikes, CancellationToken.None);
            LogSent(logger, team.Id, day, report.TotalLeads, report.TotalLikes, team.Recipients.Count);
            return true;
        }
        catch (Exception e)
        {
            LogFailed(logger, e, team.Id, day, emailed);
            if (claim is not null && !emailed)
            {
                await ReleaseQuietlyAsync(claim);
            }

            return false;
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
            LogReleaseFailed(logger, claim.TeamId, claim.Day, Lease);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for team {TeamId} on {Day} sent: {Leads} leads, {Likes} likes, {Recipients} recipients")]
    private static partial void LogSent(ILogger logger, string teamId, DateOnly day, int leads, int likes, int recipients);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest for team {TeamId} on {Day} failed (email already sent: {Emailed}); unless sent, the next run retries it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string teamId, DateOnly day, bool emailed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the digest claim of team {TeamId} on {Day}; it expires after {Lease}")]
    private static partial void LogReleaseFailed(ILogger logger, string teamId, DateOnly day, TimeSpan lease);
}
