using LeadsNotLikes.Storage.Cosmos;
using Microsoft.Azure.Functions.Worker;

namespace LeadsNotLikes.Likes;

/// <summary>
/// The InstagramLikes function: a timer at minute 50 of every hour (UTC), because Instagram pushes no likes. Each run
/// reads the like counts of every team's Instagram accounts' recent media and records them as the posts' likes for
/// the team's day (<see cref="InstagramLikesPoller"/>). Minute 50 keeps clear of the Digest timer's quarter hours and
/// makes the day's last poll late in the day in whole-hour time zones. The schedule is a constant, not a
/// <c>%setting%</c>: an unresolved setting would stop the host from indexing the function. Without any access token
/// configured the run returns at once. Timers are not retried: a run with failed accounts fails the invocation (so it
/// shows as failed), and the next run reads them again.
/// </summary>
public sealed class InstagramLikesFunction(TeamDirectory directory, InstagramLikesPoller poller)
{
    public const string Name = "InstagramLikes";

    /// <summary>Six-field NCRONTAB, in UTC.</summary>
    public const string Schedule = "0 50 * * * *";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!poller.IsOn())
        {
            return;
        }

        var teams = await directory.ListAsync(cancellationToken);
        var run = await poller.PollAsync(teams, cancellationToken);
        if (run.Failed > 0)
        {
            throw new LikesPollFailedException(
                $"{run.Failed} Instagram accounts could not be read ({run.Polled} read, {run.Stopped} stopped by rate limits, {run.Skipped} skipped); the next run reads them again.");
        }
    }
}
