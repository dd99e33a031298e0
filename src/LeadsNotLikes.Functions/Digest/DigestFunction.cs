using Microsoft.Azure.Functions.Worker;

namespace LeadsNotLikes.Digest;

/// <summary>
/// The Digest function: a timer on a UTC schedule, every 15 minutes, so teams in half-hour and 45-minute time zones
/// get their digest on their hour too. Each run sends the digests that are due. Timers are not retried: a run with
/// failed teams fails the invocation (so it shows as failed), and the next run retries those teams.
/// </summary>
public sealed class DigestFunction(DigestRunner runner)
{
    public const string Name = "Digest";

    /// <summary>Six-field NCRONTAB, in UTC.</summary>
    public const string Schedule = "0 */15 * * * *";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var run = await runner.RunAsync(cancellationToken);
        if (run.Failed > 0)
        {
            throw new DigestRunFailedException($"{run.Failed} digests failed, {run.Sent} sent, {run.Skipped} skipped; the failed teams are retried on the next run.");
        }
    }
}
