using System.Globalization;
using System.Text.Json;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeadsNotLikes.Teams;

/// <summary>
/// The Manage function (functions/Manage/function.json, <c>authLevel: function</c>, so the host demands a function
/// key before forwarding): create and list teams, read a team's leads, preview its digest, and inspect or replay
/// events for accounts no team owned when they arrived.
/// </summary>
public static class ManageApi
{
    public const string Route = "/api/manage";

    public static IEndpointRouteBuilder MapManageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route);
        group.MapGet("/teams", ListTeamsAsync);
        group.MapGet("/teams/{id}", GetTeamAsync);
        group.MapPut("/teams/{id}", PutTeamAsync);
        group.MapDelete("/teams/{id}", DeleteTeamAsync);
        group.MapGet("/teams/{id}/leads", ListLeadsAsync);
        group.MapGet("/teams/{id}/digest", PreviewDigestAsync);
        group.MapGet("/unrouted", SummarizeUnroutedAsync);
        group.MapPost("/unrouted/replay", ReplayUnroutedAsync);
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<Team>>> ListTeamsAsync(TeamDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(cancellationToken));

    internal static async Task<Results<Ok<Team>, ProblemHttpResult>> GetTeamAsync(string id, TeamDirectory directory, CancellationToken cancellationToken) =>
        await directory.GetAsync(id, cancellationToken) is { } team ? TypedResults.Ok(team) : NoSuchTeam(id);

    internal static async Task<Results<Ok<Team>, ValidationProblem, ProblemHttpResult>> PutTeamAsync(
        string id, HttpRequest request, TeamDirectory directory, CancellationToken cancellationToken)
    {
        TeamRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<TeamRequest>(cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable team", detail: $"Send the team as JSON: {e.Message}");
        }

        var team = (body ?? new TeamRequest()).ToTeam(id);
        var errors = team.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The team is not valid");
        }

        IReadOnlyList<TeamAccount> taken;
        try
        {
            taken = await directory.PutAsync(team, cancellationToken);
        }
        catch (TeamChangedException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Team changed meanwhile", detail: e.Message);
        }

        return taken.Count == 0
            ? TypedResults.Ok(team)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Accounts already owned",
                detail: $"Another team owns {string.Join(", ", taken.Select(a => a.Key))}; nothing was changed.");
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteTeamAsync(string id, TeamDirectory directory, CancellationToken cancellationToken) =>
        await directory.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NoSuchTeam(id);

    /// <summary>The team's active leads first seen on <c>?day=yyyy-MM-dd</c> (default: the team's local yesterday).</summary>
    internal static async Task<Results<Ok<IReadOnlyList<LeadDocument>>, ProblemHttpResult>> ListLeadsAsync(
        string id, string? day, TeamDirectory directory, LeadStore leads, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await directory.GetAsync(id, cancellationToken) is not { } team)
        {
            return NoSuchTeam(id);
        }

        if (ParseDay(day, team, time) is not { } date)
        {
            return BadDay(day);
        }

        return TypedResults.Ok(await leads.ListActiveAsync(team.Id, date, cancellationToken));
    }

    /// <summary>The digest the team would get for <c>?day=</c>, as HTML, without sending or recording it.</summary>
    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> PreviewDigestAsync(
        string id, string? day, TeamDirectory directory, DigestRunner runner, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await directory.GetAsync(id, cancellationToken) is not { } team)
        {
            return NoSuchTeam(id);
        }

        if (ParseDay(day, team, time) is not { } date)
        {
            return BadDay(day);
        }

        var digest = DigestComposer.Compose(await runner.BuildReportAsync(team, date, cancellationToken));
        return TypedResults.Content(digest.Html, "text/html; charset=utf-8");
    }

    internal static async Task<Ok<UnroutedSummary>> SummarizeUnroutedAsync(EventQueues queues, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queues.SummarizeUnroutedAsync(cancellationToken));

    /// <summary>Moves up to <c>?max=</c> (default 1,000) parked events back to the event queue, after their accounts were added to a team.</summary>
    internal static async Task<Ok<ReplayResult>> ReplayUnroutedAsync(int? max, EventQueues queues, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReplayResult(await queues.ReplayUnroutedAsync(Math.Clamp(max ?? 1000, 1, 10_000), cancellationToken)));

    private static DateOnly? ParseDay(string? day, Team team, TimeProvider time)
    {
        if (string.IsNullOrEmpty(day))
        {
            return DigestSchedule.LocalDay(time.GetUtcNow(), team.ResolveTimeZone()).AddDays(-1);
        }

        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
    }

    private static ProblemHttpResult NoSuchTeam(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such team", detail: $"There is no team '{id}'.");

    private static ProblemHttpResult BadDay(string? day) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad day", detail: $"'{day}' is not a date in the form yyyy-MM-dd.");
}
