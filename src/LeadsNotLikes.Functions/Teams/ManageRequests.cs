using System.Globalization;
using LeadsNotLikes.Storage.Cosmos;
using Microsoft.AspNetCore.Http;

namespace LeadsNotLikes.Teams;

/// <summary>
/// What the management functions about a team and a day share: the team named in the route, or 404; then the day in
/// a <c>yyyy-MM-dd</c> query parameter, or 400. The handler gets the day as null when the parameter is absent and
/// applies its own default.
/// </summary>
internal static class ManageRequests
{
    public static async Task<IResult> ForTeamAndDayAsync(
        TeamDirectory directory, HttpRequest request, string teamId, string dayParameter, Func<Team, DateOnly?, Task<IResult>> handle,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await directory.GetAsync(teamId, cancellationToken) is not { } team)
        {
            return NoSuchTeam(teamId);
        }

        string? day = request.Query[dayParameter];
        if (string.IsNullOrEmpty(day))
        {
            return await handle(team, null);
        }

        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? await handle(team, parsed)
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad day", detail: $"'{day}' is not a date in the form yyyy-MM-dd.");
    }

    public static IResult NoSuchTeam(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such team", detail: $"There is no team '{id}'.");
}
