using System.Globalization;
using System.Text.Json;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Leads;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace LeadsNotLikes.Teams;

/// <summary>
/// The management API under <c>/api/manage</c>, one function per operation, each at <c>AuthorizationLevel.Function</c>
/// (the host demands a function key before the worker sees the request): teams, a team's leads (and marking them), not-a-lead feedback,
/// and the events parked for accounts no team owned when they arrived.
/// </summary>
public sealed class ManageFunctions(TeamDirectory directory, LeadStore leads, EventQueues queues, TimeProvider time)
{
    /// <summary>The routes' common prefix under the host's <c>api</c> prefix.</summary>
    public const string Prefix = "manage";

    [Function("ListTeams")]
    public async Task<IResult> ListTeamsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + "/teams")] HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(cancellationToken));

    [Function("GetTeam")]
    public async Task<IResult> GetTeamAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + "/teams/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await directory.GetAsync(id, cancellationToken) is { } team ? TypedResults.Ok(team) : ManageRequests.NoSuchTeam(id);

    /// <summary>Creates or replaces a team (validated; 409 when another team owns one of its accounts, or the team changed meanwhile).</summary>
    [Function("PutTeam")]
    public async Task<IResult> PutTeamAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = Prefix + "/teams/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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

    [Function("DeleteTeam")]
    public async Task<IResult> DeleteTeamAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Prefix + "/teams/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await directory.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : ManageRequests.NoSuchTeam(id);

    /// <summary>The team's active leads first seen on <c>?day=yyyy-MM-dd</c> (default: the team's local yesterday).</summary>
    [Function("ListLeads")]
    public Task<IResult> ListLeadsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + "/teams/{id}/leads")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        ManageRequests.ForTeamAndDayAsync(directory, request, id, "day", async (team, day) =>
            TypedResults.Ok(await leads.ListActiveAsync(team.Id, day ?? LocalToday(team).AddDays(-1), cancellationToken)), cancellationToken);

    /// <summary>Marks a lead <c>handled</c>, <c>not-a-lead</c> or <c>reopen</c>s it (idempotent).</summary>
    [Function("MarkLead")]
    public async Task<IResult> MarkLeadAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Prefix + "/teams/{id}/leads/{leadId}/{action}")] HttpRequest request,
        string id, string leadId, string action, CancellationToken cancellationToken)
    {
        if (action is not ("handled" or "not-a-lead" or "reopen"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown action", detail: $"'{action}' is not handled, not-a-lead or reopen.");
        }

        LeadResolution? resolution = action == "handled" ? LeadResolution.Handled : action == "not-a-lead" ? LeadResolution.NotALead : null;

        var lead = await leads.ResolveAsync(id, leadId, resolution, "api", cancellationToken);
        return lead is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such lead", detail: $"Team '{id}' has no lead '{leadId}'.")
            : TypedResults.Ok(lead);
    }

    /// <summary>
    /// Leads marked not-a-lead since <c>?since=yyyy-MM-dd</c> (default: 90 days ago), as JSONL in the lead-intent
    /// format (<c>lead: false</c>), for <c>evaluate</c> and retraining.
    /// </summary>
    [Function("ExportFeedback")]
    public Task<IResult> ExportFeedbackAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + "/teams/{id}/feedback")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        ManageRequests.ForTeamAndDayAsync(directory, request, id, "since", (team, since) =>
            FeedbackAsync(team, since ?? LocalToday(team).AddDays(-90), cancellationToken), cancellationToken);

    [Function("ListUnrouted")]
    public async Task<IResult> ListUnroutedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Prefix + "/unrouted")] HttpRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queues.SummarizeUnroutedAsync(cancellationToken));

    /// <summary>Moves up to <c>?max=</c> (default 1,000) parked events back to the event queue, after their accounts were added to a team.</summary>
    [Function("ReplayUnrouted")]
    public async Task<IResult> ReplayUnroutedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Prefix + "/unrouted/replay")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var max = int.TryParse(request.Query["max"], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1000;
        return TypedResults.Ok(new ReplayResult(await queues.ReplayUnroutedAsync(Math.Clamp(max, 1, 10_000), cancellationToken)));
    }

    private async Task<IResult> FeedbackAsync(Team team, DateOnly from, CancellationToken cancellationToken)
    {
        var rows = (await leads.ListNotALeadAsync(team.Id, from, cancellationToken))
            .Where(l => !string.IsNullOrEmpty(l.Text))
            .OrderBy(l => l.Day, StringComparer.Ordinal).ThenBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => JsonSerializer.Serialize(new FeedbackRow
            {
                Id = $"{team.Id}-{l.Id}",
                Platform = l.Platform,
                Kind = l.Kind.ToString().ToLowerInvariant(),
                Rating = l.Rating,
                Business = team.Name,
                Text = l.Text!,
                Note = $"marked not-a-lead on {l.ResolvedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; scored {l.Score} ({l.Intent.ToString().ToLowerInvariant()})",
            }));
        return TypedResults.Text(string.Concat(rows.Select(r => r + "\n")), "application/x-ndjson; charset=utf-8");
    }

    private DateOnly LocalToday(Team team) => DigestSchedule.LocalDay(time.GetUtcNow(), team.ResolveTimeZone());
}
