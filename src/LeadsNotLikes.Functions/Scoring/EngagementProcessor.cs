using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// What the Score function does with one event: find the team that owns the account, count it on the post's
/// counters for the team's local day, and score comments, replies, mentions and reviews into leads (an Instagram
/// mention's text is read from the Graph API first, <see cref="InstagramMentionText"/>).
/// Every step is idempotent, so a redelivered message changes nothing twice.
/// </summary>
public sealed partial class EngagementProcessor(
    TeamDirectory directory,
    LeadScorer scorer,
    LeadStore leads,
    EngagementCounters counters,
    PostStore posts,
    IngestionHealthCounters health,
    EventQueues queues,
    InstagramMentionText mentions,
    ILogger<EngagementProcessor> logger)
{
    public async Task ProcessAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        health.Record(engagement.Platform, HealthMetric.Received);
        var team = await directory.FindByAccountAsync(engagement.Platform, engagement.AccountId, cancellationToken);
        if (team is null)
        {
            var parkedNow = await queues.ParkUnroutedAsync(engagement, cancellationToken);
            if (parkedNow)
            {
                health.Record(engagement.Platform, HealthMetric.Unrouted);
            }

            LogUnrouted(logger, engagement.EventId, engagement.Platform, engagement.AccountId, QueueNames.Unrouted, parkedNow);
            return;
        }

        if (engagement.Kind == EngagementKind.Post)
        {
            // The business's own post: its text names the post in the digest; it is no engagement to count or score.
            var stored = await posts.SaveAsync(team.Id, engagement, cancellationToken);
            LogPost(logger, engagement.EventId, team.Id, stored);
            return;
        }

        var day = DigestSchedule.LocalDay(engagement.OccurredAt, team.ResolveTimeZone());
        var counted = await counters.CountAsync(team.Id, day, engagement, cancellationToken);
        if (!counted && EngagementCounters.Increments(engagement).Count > 0)
        {
            health.Record(engagement.Platform, HealthMetric.Duplicate);
        }
        if (engagement.Kind == EngagementKind.Reaction)
        {
            LogProcessed(logger, engagement.EventId, team.Id, engagement.Kind, engagement.Action, counted, null, LeadChange.Ignored);
            return;
        }

        if (engagement.Kind == EngagementKind.Mention)
        {
            engagement = await mentions.CompleteAsync(engagement, cancellationToken); // Instagram sends a mention's ids only
        }

        var score = engagement.Action == EngagementAction.Removed || string.IsNullOrWhiteSpace(engagement.Text)
            ? null
            : scorer.Score(new ScoringRequest(engagement.Text, engagement.Kind, engagement.Rating, engagement.Platform), team.ToScoringProfile());
        var change = await leads.ApplyAsync(team, engagement, score, cancellationToken);
        LogProcessed(logger, engagement.EventId, team.Id, engagement.Kind, engagement.Action, counted, score?.Score, change);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event {EventId} is for {Platform} account {AccountId}, which no team owns; parked in {Queue} until it is replayed (newly parked: {ParkedNow})")]
    private static partial void LogUnrouted(ILogger logger, string eventId, string platform, string accountId, string queue, bool parkedNow);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId} for team {TeamId} is the team's own post; text stored {Stored}, not counted or scored")]
    private static partial void LogPost(ILogger logger, string eventId, string teamId, bool stored);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Event {EventId} for team {TeamId}: {Kind} {Action}, counted {Counted}, score {Score}, lead {LeadChange}")]
    private static partial void LogProcessed(ILogger logger, string eventId, string teamId, EngagementKind kind, EngagementAction action,
        bool counted, int? score, LeadChange leadChange);
}
