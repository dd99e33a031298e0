using System.Globalization;
using LeadsNotLikes.Events;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Turns what storage returned into the digest's rows: the headline per platform against the previous period, the
/// post ledger (named by text), content types, the leads ordered by how soon their reply window closes, and the
/// still-unanswered leads. Pure: the same report always gives the same model.
/// </summary>
public static class DigestBuilder
{
    /// <summary>Fewest likes for the "many likes, no leads" flag.</summary>
    public const int ManyLikes = 20;

    /// <summary>Rows in each ledger table.</summary>
    public const int LedgerRows = 8;

    /// <summary>Characters of a post's text used as its name.</summary>
    public const int NameLength = 60;

    public static DigestModel Build(DigestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var infos = new Dictionary<string, PostInfo>(StringComparer.Ordinal);
        foreach (var info in report.PostInfos)
        {
            infos[PostActivity.PostKey(info.Platform, info.PostId)] = info;
        }

        var posts = AllPosts(report);
        var leadsByPost = report.Leads.GroupBy(l => PostActivity.PostKey(l.Platform, l.PostId)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = posts.Select(p => Row(p, leadsByPost.GetValueOrDefault(p.Key), infos.GetValueOrDefault(p.Key))).ToList();
        rows = FlagManyLikesNoLeads(rows);

        var mostLiked = rows.Where(r => r.Likes > 0).OrderByDescending(r => r.Likes).ThenByDescending(r => r.Leads).ThenBy(r => r.PostId, StringComparer.Ordinal).Take(LedgerRows).ToList();
        var leadPosts = rows.Where(r => r.Leads > 0).OrderByDescending(r => r.Leads).ThenByDescending(r => r.Likes).ThenBy(r => r.PostId, StringComparer.Ordinal).Take(LedgerRows).ToList();
        var headline = Headline(report, posts);
        return new DigestModel
        {
            TeamId = report.TeamId,
            TeamName = report.TeamName,
            TimeZone = report.TimeZone,
            Start = report.Period.Start,
            End = report.Period.End,
            Unit = report.Period.Unit,
            PeriodLabel = report.Period.Label,
            GeneratedAt = report.GeneratedAt,
            Headline = headline,
            MostLiked = mostLiked,
            LeadPosts = leadPosts,
            PostCount = rows.Count,
            ContentTypes = ContentTypes(report, rows),
            Leads = SoonestFirst(WithPostLinks(report.Leads, infos)),
            Unanswered = SoonestFirst(WithPostLinks(report.Unanswered, infos)),
            Health = report.Health,
            Insight = Insight(headline[^1].Current, mostLiked, rows),
        };
    }

    /// <summary>Every post with counts, plus posts that only have leads (e.g. a review with no counters).</summary>
    private static List<PostActivity> AllPosts(DigestReport report)
    {
        var posts = new Dictionary<string, PostActivity>(StringComparer.Ordinal);
        foreach (var post in report.Posts)
        {
            posts[post.Key] = posts.TryGetValue(post.Key, out var seen)
                ? seen with { Likes = seen.Likes + post.Likes, Comments = seen.Comments + post.Comments, Reviews = seen.Reviews + post.Reviews, Mentions = seen.Mentions + post.Mentions }
                : post;
        }

        foreach (var lead in report.Leads)
        {
            var key = PostActivity.PostKey(lead.Platform, lead.PostId);
            posts.TryAdd(key, new PostActivity(lead.Platform, lead.PostId, 0, 0));
        }

        return [.. posts.Values];
    }

    private static LedgerRow Row(PostActivity post, int leads, PostInfo? info)
    {
        var (name, named) = Name(post.Platform, post.PostId, info?.Title);
        return new LedgerRow
        {
            Platform = post.Platform,
            PostId = post.PostId,
            Name = name,
            Named = named,
            Link = info?.Link ?? Links.ToPost(post.Platform, post.PostId),
            ContentType = info?.ContentType ?? ContentType.Other,
            Likes = post.Likes,
            Comments = post.Comments + post.Reviews + post.Mentions,
            Leads = leads,
            ManyLikesNoLeads = false,
        };
    }

    /// <summary>
    /// A lead without a link of its own (an Instagram comment: Instagram has no link to one comment) opens its post,
    /// where the post's link is known, to reply there.
    /// </summary>
    private static IEnumerable<LeadSummary> WithPostLinks(IReadOnlyList<LeadSummary> leads, Dictionary<string, PostInfo> infos) =>
        leads.Select(l => l.Link is null && infos.GetValueOrDefault(PostActivity.PostKey(l.Platform, l.PostId))?.Link is { } link ? l with { Link = link } : l);

    /// <summary>The post's first words (up to <see cref="NameLength"/> characters, cut at a word), or a short id.</summary>
    public static (string Name, bool Named) Name(string platform, string postId, string? text)
    {
        ArgumentNullException.ThrowIfNull(postId);
        var oneLine = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length == 0)
        {
            var tail = postId.Length > 8 ? "…" + postId[^8..] : postId;
            return ($"{platform} post {tail}", false);
        }

        if (oneLine.Length <= NameLength)
        {
            return (oneLine, true);
        }

        var cut = oneLine.LastIndexOf(' ', NameLength);
        return ((cut > NameLength / 2 ? oneLine[..cut] : oneLine[..NameLength]).TrimEnd(',', '.', ';', ':', '-') + "…", true);
    }

    /// <summary>Flags posts in the top quarter by likes, with at least <see cref="ManyLikes"/> likes, that brought no lead.</summary>
    private static List<LedgerRow> FlagManyLikesNoLeads(List<LedgerRow> rows)
    {
        var liked = rows.Where(r => r.Likes > 0).OrderByDescending(r => r.Likes).ToList();
        if (liked.Count == 0)
        {
            return rows;
        }

        var topQuarter = liked[Math.Max(1, (liked.Count + 3) / 4) - 1].Likes;
        return rows.Select(r => r with { ManyLikesNoLeads = r.Leads == 0 && r.Likes >= ManyLikes && r.Likes >= topQuarter }).ToList();
    }

    private static List<HeadlineRow> Headline(DigestReport report, List<PostActivity> posts)
    {
        var current = new Dictionary<string, PlatformTotals>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            Add(current, new PlatformTotals(post.Platform, post.Likes, post.Comments, post.Reviews, post.Mentions, 0));
        }

        foreach (var lead in report.Leads)
        {
            Add(current, new PlatformTotals(lead.Platform, 0, 0, 0, 0, 1));
        }

        var previous = report.Previous.Where(p => p.Platform != PlatformTotals.Total).ToDictionary(p => p.Platform, StringComparer.Ordinal);
        var rows = current.Keys.Union(previous.Keys).Order(StringComparer.Ordinal)
            .Select(p => new HeadlineRow(p, current.GetValueOrDefault(p) ?? PlatformTotals.Empty(p), previous.GetValueOrDefault(p) ?? PlatformTotals.Empty(p)))
            .ToList();
        var total = rows.Aggregate(new HeadlineRow(PlatformTotals.Total, PlatformTotals.Empty(PlatformTotals.Total), PlatformTotals.Empty(PlatformTotals.Total)),
            (sum, row) => new HeadlineRow(PlatformTotals.Total, sum.Current.Add(row.Current), sum.Previous.Add(row.Previous)));
        rows.Add(total);
        return rows;
    }

    private static void Add(Dictionary<string, PlatformTotals> totals, PlatformTotals add) =>
        totals[add.Platform] = totals.TryGetValue(add.Platform, out var seen) ? seen.Add(add) : add;

    private static List<ContentTypeRow> ContentTypes(DigestReport report, List<LedgerRow> rows)
    {
        var period = rows.GroupBy(r => r.ContentType).ToDictionary(g => g.Key, g => new ContentTypeTotals(g.Key, g.Count(), g.Sum(r => r.Likes), g.Sum(r => r.Leads)));
        var weeks = report.FourWeeks.GroupBy(t => t.Type).ToDictionary(g => g.Key, g => new ContentTypeTotals(g.Key, g.Sum(t => t.Posts), g.Sum(t => t.Likes), g.Sum(t => t.Leads)));
        return Enum.GetValues<ContentType>()
            .Where(t => period.ContainsKey(t) || weeks.ContainsKey(t))
            .Select(t => new ContentTypeRow(t, period.GetValueOrDefault(t) ?? new ContentTypeTotals(t, 0, 0, 0), weeks.GetValueOrDefault(t) ?? new ContentTypeTotals(t, 0, 0, 0)))
            .OrderByDescending(r => r.FourWeeks.Leads).ThenByDescending(r => r.Period.Leads).ThenBy(r => r.Type)
            .ToList();
    }

    /// <summary>Open leads whose reply window closes soonest first, then those without a window; higher scores first within.</summary>
    private static List<LeadSummary> SoonestFirst(IEnumerable<LeadSummary> leads) =>
        [.. leads.OrderBy(l => l.ReplyBy ?? DateTimeOffset.MaxValue).ThenByDescending(l => l.Score).ThenBy(l => l.OccurredAt).ThenBy(l => l.Id, StringComparer.Ordinal)];

    /// <summary>The one sentence the digest exists for: did likes and leads come from the same posts?</summary>
    internal static string Insight(PlatformTotals total, List<LedgerRow> mostLiked, List<LedgerRow> rows)
    {
        if (rows.Count == 0 && total.Leads == 0)
        {
            return "A quiet period: no likes, comments or leads were recorded.";
        }

        if (total.Leads == 0)
        {
            return $"{Plural(total.Likes, "like")} and no leads: likes alone did not bring anyone closer to buying.";
        }

        if (mostLiked.Count == 0)
        {
            return $"{Plural(total.Leads, "lead")} from posts with no likes at all.";
        }

        var top = mostLiked[0];
        var fromQuieter = rows.Where(r => r.Leads > 0 && r.Likes < top.Likes).Sum(r => r.Leads);
        return $"Your most-liked post ({Plural(top.Likes, "like")}) brought {Plural(top.Leads, "lead")}; {Plural(fromQuieter, "lead")} came from posts with fewer likes.";
    }

    internal static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}s";

    /// <summary>"+12%", "−3", "new", "±0" for a number against its previous value.</summary>
    public static string Change(int current, int previous)
    {
        if (current == previous)
        {
            return "±0";
        }

        if (previous == 0)
        {
            return "new";
        }

        var percent = (int)Math.Round((current - previous) * 100.0 / previous);
        return percent >= 0 ? $"+{percent.ToString(CultureInfo.InvariantCulture)}%" : $"−{(-percent).ToString(CultureInfo.InvariantCulture)}%";
    }

    /// <summary>"2d 5h left", "3h left", "closed", or null without a window.</summary>
    public static string? TimeLeft(LeadSummary lead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (lead.ReplyBy is not { } by)
        {
            return null;
        }

        var left = by - now;
        return left <= TimeSpan.Zero ? "reply window closed"
            : left.TotalHours < 24 ? $"{Math.Max(1, (int)left.TotalHours).ToString(CultureInfo.InvariantCulture)}h left to reply privately"
            : $"{left.Days.ToString(CultureInfo.InvariantCulture)}d {left.Hours.ToString(CultureInfo.InvariantCulture)}h left to reply privately";
    }

    public static string KindLabel(EngagementKind kind) => kind.ToString().ToLowerInvariant();
}
