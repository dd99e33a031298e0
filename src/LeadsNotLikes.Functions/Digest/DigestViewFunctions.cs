using System.Globalization;
using LeadsNotLikes.Storage.Cosmos;
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
    public async Task<IResult> ViewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "manage/teams/{teamId}/digest")] HttpRequest request, string teamId, CancellationToken cancellationToken)
    {
        var (message, problem) = await ComposeAsync(request, teamId, cancellationToken);
        return problem ?? TypedResults.Content(message!.Html, "text/html; charset=utf-8");
    }

    [Function("DigestJson")]
    public async Task<IResult> JsonAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "manage/teams/{teamId}/digest/json")] HttpRequest request, string teamId, CancellationToken cancellationToken)
    {
        var (message, problem) = await ComposeAsync(request, teamId, cancellationToken);
        return problem ?? TypedResults.Ok(message!.Model);
    }

    private async Task<(DigestMessage? Message, IResult? Problem)> ComposeAsync(HttpRequest request, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await directory.GetAsync(teamId, cancellationToken) is not { } team)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such team", detail: $"There is no team '{teamId}'."));
        }

        string? day = request.Query["day"];
        var weekly = string.Equals(request.Query["period"], "week", StringComparison.OrdinalIgnoreCase);
        DigestPeriod period;
        if (string.IsNullOrEmpty(day))
        {
            period = DigestSchedule.DuePeriod(team, time.GetUtcNow())
                ?? DigestPeriod.Day(DigestSchedule.LocalDay(time.GetUtcNow(), team.ResolveTimeZone()).AddDays(-1));
        }
        else if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            period = weekly ? DigestPeriod.Week(start) : DigestPeriod.Day(start);
        }
        else
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad day", detail: $"'{day}' is not a date in the form yyyy-MM-dd."));
        }

        return (DigestComposer.Compose(await runner.BuildReportAsync(team, period, cancellationToken)), null);
    }
}
