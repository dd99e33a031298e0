using System.Net;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Teams;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Leads in the <c>engagement</c> container. Applying an event is idempotent and order-safe: the document id comes
/// from the comment or review, an event older than the last one applied is ignored, and writes are conditional on
/// the ETag read, so concurrent deliveries cannot overwrite each other. A lead counts on the team-local day of its
/// comment, unless that day's digest is already out (a late retry, or an event replayed after its account was
/// claimed): then it counts on today, so the next digest reports it instead of no digest at all.
/// </summary>
public sealed class LeadStore(CosmosClient client, IOptions<CosmosOptions> options, TimeProvider time)
{
    private const int MaxAttempts = 5;
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Engagement);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    public static string DocumentId(EngagementEvent engagement) =>
        "lead-" + EventIds.From(engagement.Platform, engagement.AccountId, engagement.ItemId ?? engagement.PostId);

    /// <summary>
    /// Applies a comment, reply, mention or review event: creates or updates the lead when <paramref name="score"/>
    /// says it is one, marks it below threshold when an edit made it one no longer, and retracts it on removal.
    /// </summary>
    public async Task<LeadChange> ApplyAsync(Team team, EngagementEvent engagement, LeadScore? score, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(engagement);
        var id = DocumentId(engagement);
        var partition = new PartitionKey(team.Id);
        for (var attempt = 1; ; attempt++)
        {
            var (existing, etag) = await ReadAsync(id, partition, cancellationToken);
            if (existing is not null && IsOlderOrSame(engagement, existing))
            {
                return LeadChange.Ignored;
            }

            var next = Next(team, engagement, score, existing, id);
            if (next is null)
            {
                return LeadChange.Ignored;
            }

            if (existing is null && next.Status == LeadStatus.Active)
            {
                next = next with { Day = await DayToCountOnAsync(team, next.Day, partition, cancellationToken) };
            }

            try
            {
                if (existing is null)
                {
                    await _container.CreateItemAsync(next, partition, NoContent, cancellationToken);
                }
                else
                {
                    await _container.ReplaceItemAsync(next, id, partition, new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false }, cancellationToken);
                }

                return next.Status switch
                {
                    LeadStatus.Active => existing?.Status == LeadStatus.Active ? LeadChange.Updated : LeadChange.Created,
                    _ => existing?.Status == LeadStatus.Active ? LeadChange.Withdrawn : LeadChange.Ignored,
                };
            }
            catch (CosmosException e) when (e.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed && attempt < MaxAttempts)
            {
                // Another delivery wrote first; read again and decide again.
            }
        }
    }

    /// <summary>The team's active leads first seen on <paramref name="day"/> (one-partition query).</summary>
    public Task<IReadOnlyList<LeadDocument>> ListActiveAsync(string teamId, DateOnly day, CancellationToken cancellationToken) =>
        ListActiveAsync(teamId, day, day, cancellationToken);

    /// <summary>The team's active leads first seen from <paramref name="from"/> to <paramref name="to"/>, marked or not.</summary>
    public async Task<IReadOnlyList<LeadDocument>> ListActiveAsync(string teamId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type AND c.day >= @from AND c.day <= @to AND c.status = @status")
            .WithParameter("@teamId", teamId)
            .WithParameter("@type", LeadDocument.DocumentType)
            .WithParameter("@from", Day(from))
            .WithParameter("@to", Day(to))
            .WithParameter("@status", "active");
        return await CosmosQueries.ToListAsync<LeadDocument>(_container, query, teamId, cancellationToken);
    }

    /// <summary>Leads the team marked not-a-lead, first seen on or after <paramref name="since"/>: scoring feedback.</summary>
    public async Task<IReadOnlyList<LeadDocument>> ListNotALeadAsync(string teamId, DateOnly since, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type AND c.day >= @from AND c.resolution = @resolution")
            .WithParameter("@teamId", teamId)
            .WithParameter("@type", LeadDocument.DocumentType)
            .WithParameter("@from", Day(since))
            .WithParameter("@resolution", "notALead");
        return await CosmosQueries.ToListAsync<LeadDocument>(_container, query, teamId, cancellationToken);
    }

    public async Task<LeadDocument?> GetAsync(string teamId, string leadId, CancellationToken cancellationToken) =>
        (await ReadAsync(leadId, new PartitionKey(teamId), cancellationToken)).Document;

    /// <summary>
    /// Marks a lead handled or not-a-lead (or open again with null). Idempotent: marking it again as it is changes
    /// nothing and returns it. Null when there is no such lead.
    /// </summary>
    public async Task<LeadDocument?> ResolveAsync(string teamId, string leadId, LeadResolution? resolution, string via, CancellationToken cancellationToken)
    {
        var partition = new PartitionKey(teamId);
        for (var attempt = 1; ; attempt++)
        {
            var (existing, etag) = await ReadAsync(leadId, partition, cancellationToken);
            if (existing is null || existing.Resolution == resolution)
            {
                return existing;
            }

            var next = existing with
            {
                Resolution = resolution,
                ResolvedAt = resolution is null ? null : time.GetUtcNow(),
                ResolvedVia = resolution is null ? null : via,
            };
            try
            {
                await _container.ReplaceItemAsync(next, leadId, partition, new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false }, cancellationToken);
                return next;
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed && attempt < MaxAttempts)
            {
                // Changed by a delivery meanwhile: read again.
            }
        }
    }

    /// <summary>
    /// Deletes the team's leads written by <paramref name="authorId"/> on <paramref name="platform"/> (a data deletion
    /// request); returns how many. One-partition query, then point deletes.
    /// </summary>
    public async Task<int> DeleteByAuthorAsync(string teamId, string platform, string authorId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type AND c.authorId = @authorId")
            .WithParameter("@teamId", teamId)
            .WithParameter("@type", LeadDocument.DocumentType)
            .WithParameter("@authorId", authorId);
        var deleted = 0;
        foreach (var lead in await CosmosQueries.ToListAsync<LeadDocument>(_container, query, teamId, cancellationToken))
        {
            if (lead.Platform != platform)
            {
                continue;
            }

            using var response = await _container.DeleteItemStreamAsync(lead.Id, new PartitionKey(teamId), cancellationToken: cancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                response.EnsureSuccessStatusCode();
                deleted++;
            }
        }

        return deleted;
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The comment's own day, or the team's today when that day's digest has been claimed or sent already.</summary>
    private async Task<string> DayToCountOnAsync(Team team, string eventDay, PartitionKey partition, CancellationToken cancellationToken)
    {
        var day = DateOnly.ParseExact(eventDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var digest = await _container.ReadItemStreamAsync(DigestLog.DocumentId(day), partition, cancellationToken: cancellationToken);
        if (digest.StatusCode == HttpStatusCode.NotFound)
        {
            return eventDay;
        }

        digest.EnsureSuccessStatusCode();
        var today = DigestSchedule.LocalDay(time.GetUtcNow(), team.ResolveTimeZone());
        return Day(today > day ? today : day);
    }

    /// <summary>Deliveries are unordered: order events by time, then add before edit before remove.</summary>
    private static bool IsOlderOrSame(EngagementEvent engagement, LeadDocument existing) =>
        engagement.EventId == existing.LastEventId
        || (engagement.OccurredAt, (int)engagement.Action).CompareTo((existing.LastEventAt, (int)existing.LastAction)) < 0;

    private LeadDocument? Next(Team team, EngagementEvent engagement, LeadScore? score, LeadDocument? existing, string id)
    {
        if (engagement.Action == EngagementAction.Added && score is not { IsLead: true } && existing is null)
        {
            return null; // a new comment that is not a lead: nothing to keep
        }

        // An edit or removal with nothing stored yet still leaves a record (without text when it is not a lead),
        // so that an older delivery arriving later is recognised as older and cannot bring back superseded text.
        var keepOld = engagement.Action == EngagementAction.Removed || score is null;
        var status = engagement.Action == EngagementAction.Removed ? LeadStatus.Retracted
            : score is null ? existing?.Status ?? LeadStatus.BelowThreshold // an edit without text changes nothing we know
            : score.IsLead ? LeadStatus.Active
            : LeadStatus.BelowThreshold;
        return new LeadDocument
        {
            Id = id,
            TeamId = team.Id,
            Status = status,
            Day = existing?.Day ?? Day(DigestSchedule.LocalDay(engagement.OccurredAt, team.ResolveTimeZone())),
            Platform = engagement.Platform,
            AccountId = engagement.AccountId,
            PostId = engagement.PostId,
            ItemId = engagement.ItemId ?? engagement.PostId,
            Kind = existing?.Kind ?? engagement.Kind,
            FirstSeenAt = existing?.FirstSeenAt ?? engagement.OccurredAt,
            LastEventAt = engagement.OccurredAt,
            LastEventId = engagement.EventId,
            LastAction = engagement.Action,
            Score = keepOld ? existing?.Score ?? 0 : score!.Score,
            Intent = keepOld ? existing?.Intent ?? LeadIntent.None : score!.Intent,
            Evidence = keepOld ? existing?.Evidence ?? [] : score!.Evidence,
            // Only a lead keeps personal data: retracted and below-threshold records hold none.
            Text = status == LeadStatus.Active ? engagement.Text ?? existing?.Text : null,
            AuthorName = status == LeadStatus.Active ? engagement.AuthorName ?? existing?.AuthorName : null,
            AuthorId = status == LeadStatus.Active ? engagement.AuthorId ?? existing?.AuthorId : null,
            Rating = engagement.Rating ?? existing?.Rating,
            Resolution = existing?.Resolution,
            ResolvedAt = existing?.ResolvedAt,
            ResolvedVia = existing?.ResolvedVia,
            Ttl = _ttl,
        };
    }

    private async Task<(LeadDocument? Document, string? ETag)> ReadAsync(string id, PartitionKey partition, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.ReadItemAsync<LeadDocument>(id, partition, cancellationToken: cancellationToken);
            return (response.Resource, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, null);
        }
    }

    private static readonly ItemRequestOptions NoContent = new() { EnableContentResponseOnWrite = false };
}
