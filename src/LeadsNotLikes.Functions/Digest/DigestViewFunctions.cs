using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace LeadsNotLikes.Digest;

/// <summary>
/// The digest of any team and period in a browser (HTML, the email's own rendering) and as JSON (the
/// <see cref="DigestModel"/>), in the management API (function-level auth). <c>?day=yyyy-MM-dd</c> picks the day (default: the latest due
/// period); <c>?period=week</c> makes it the week starting that day. Nothing is sent or recorded.
/// </summary>
public sealed class DigestViewFunctions(TeamDirectory directory, DigestRunner runner, TimeProvider time)
{
    [Function("PreviewDigest")]
    public Task<IResult> ViewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "manage/teams/{teamId}/digest")] HttpRequest request, string teamId, CancellationToken cancellationToken) =>
        ComposeAsync(request, teamId, message => TypedResults.Content(message.Html, "text/html; charset=utf-8"), cancellationToken);

    [Function("DigestJson")]
    public Task<IResult> JsonAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "manage/teams/{teamId}/digest/json")] HttpRequest request, string teamId, CancellationToken cancellationToken) =>
        ComposeAsync(request, teamId, message => TypedResults.Ok(message.Model), cancellationToken);

    private Task<IResult> ComposeAsync(HttpRequest request, string teamId, Func<DigestMessage, IResult> answer, CancellationToken cancellationToken) =>
        ManageRequests.ForTeamAndDayAsync(directory, request, teamId, "day", async (team, day) =>
        {
            var now = time.GetUtcNow();
            var period = day is not { } start
                ? DigestSchedule.DuePeriod(team, now) ?? DigestPeriod.Day(DigestSchedule.LocalDay(now, team.ResolveTimeZone()).AddDays(-1))
                : string.Equals(request.Query["period"], "week", StringComparison.OrdinalIgnoreCase) ? DigestPeriod.Week(start) : DigestPeriod.Day(start);
            return answer(DigestComposer.Compose(await runner.BuildReportAsync(team, period, cancellationToken)));
        }, cancellationToken);
}
