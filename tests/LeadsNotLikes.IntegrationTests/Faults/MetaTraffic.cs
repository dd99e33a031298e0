using System.Text.Json.Nodes;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>
/// A day of Meta webhook traffic for several teams, each with its own Pages and posts, generated from a seed, and
/// what the pipeline must have stored once all of it is processed. Reactions are added and some taken back; comments
/// are written, some edited (into or out of being a lead) and some removed. The changes are shuffled before they are
/// batched into deliveries, so an edit or removal often arrives before what it changes, and some deliveries are
/// sent twice (Meta redelivers). The expected state is derived from the changes alone: per post, reactions added,
/// reactions removed and comments written; per team, the active leads and their final text.
/// </summary>
public sealed class MetaTraffic
{
    /// <summary>Unambiguous leads (checked against the scorer when traffic is generated).</summary>
    public static readonly string[] LeadTexts =
    [
        "How much would a 3 tier wedding cake for 80 guests cost? Our date is 14 June.",
        "Do you deliver to Leeds on Saturdays? I'd like to order two sourdough loaves every week.",
        "Can I book a cake tasting for next Friday afternoon? Please call me on 0113 496 0000.",
        "What is the price for 24 cupcakes? I need them for a birthday on Saturday.",
        "I'd like to order a birthday cake for Sunday, can you message me the price?",
    ];

    /// <summary>Unambiguous non-leads (checked against the scorer too).</summary>
    public static readonly string[] OtherTexts =
    [
        "Gorgeous!! 😍😍",
        "Wow, amazing work as always",
        "👏👏👏",
        "Love this bakery, the staff are so friendly",
        "Beautiful photo",
    ];

    private static readonly string[] ReactionTypes = ["like", "love", "care", "wow", "haha"];

    private MetaTraffic(IReadOnlyList<FaultTeam> teams, DateOnly day, IReadOnlyList<string> deliveries, int events, int duplicates,
        Dictionary<string, PostCounts> posts, Dictionary<string, Dictionary<string, string>> leads)
    {
        Teams = teams;
        Day = day;
        Deliveries = deliveries;
        Events = events;
        DuplicateDeliveries = duplicates;
        Posts = posts;
        ActiveLeads = leads;
    }

    public IReadOnlyList<FaultTeam> Teams { get; }

    /// <summary>The UTC day every change happened on (the teams are in UTC).</summary>
    public DateOnly Day { get; }

    /// <summary>Signed-body JSON, in sending order, redeliveries included.</summary>
    public IReadOnlyList<string> Deliveries { get; }

    /// <summary>Distinct changes (events) in the traffic.</summary>
    public int Events { get; }

    public int DuplicateDeliveries { get; }

    /// <summary>What each post's counters must say, by post id.</summary>
    public IReadOnlyDictionary<string, PostCounts> Posts { get; }

    /// <summary>Per team id: the active leads, comment id to final text.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> ActiveLeads { get; }

    /// <summary>Several teams, each owning <paramref name="pagesPerTeam"/> Pages with three posts each; ids start at <paramref name="firstPage"/>.</summary>
    public static IReadOnlyList<FaultTeam> MakeTeams(int teams, int pagesPerTeam = 2, long firstPage = 700_000_000_000_000) =>
        Enumerable.Range(0, teams).Select(t => new FaultTeam(
            $"fault-team-{t}",
            Enumerable.Range(0, pagesPerTeam).Select(p => (firstPage + (t * 10) + p).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()))
            .ToList();

    /// <summary>
    /// About <paramref name="events"/> changes (distinct events) for <paramref name="teams"/> on <paramref name="day"/>,
    /// with <paramref name="duplicateRate"/> of the deliveries sent twice.
    /// </summary>
    public static MetaTraffic Create(IReadOnlyList<FaultTeam> teams, int events, DateOnly day, int seed, double duplicateRate = 0.05, int maxChangesPerDelivery = 8)
    {
        ArgumentNullException.ThrowIfNull(teams);
        CheckTexts();
        var random = new Random(seed);
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero).ToUnixTimeSeconds();
        var secondsPerSlot = Math.Max(1, Math.Min(3, 80_000 / Math.Max(1, events)));
        var changes = new List<(string Page, JsonObject Change)>();
        var posts = new Dictionary<string, PostCounts>();
        var leads = teams.ToDictionary(t => t.Id, _ => new Dictionary<string, string>());
        var slot = 0L;
        var next = 0;

        while (changes.Count < events)
        {
            var team = teams[random.Next(teams.Count)];
            var page = team.Pages[random.Next(team.Pages.Count)];
            var post = $"{page}_{random.Next(3) + 1}";
            var counts = posts.TryGetValue(post, out var c) ? c : new PostCounts(0, 0, 0);
            var at = start + (slot++ * 3 * secondsPerSlot);
            var id = (++next).ToString(System.Globalization.CultureInfo.InvariantCulture);

            if (random.NextDouble() < 0.6)
            {
                var user = $"8{id.PadLeft(9, '0')}";
                var type = ReactionTypes[random.Next(ReactionTypes.Length)];
                changes.Add((page, Reaction(post, "add", type, user, at)));
                counts = counts with { ReactionsAdded = counts.ReactionsAdded + 1 };
                if (random.NextDouble() < 0.15)
                {
                    changes.Add((page, Reaction(post, "remove", type, user, at + secondsPerSlot)));
                    counts = counts with { ReactionsRemoved = counts.ReactionsRemoved + 1 };
                }
            }
            else
            {
                var commentId = $"{post}_c{id}";
                var text = random.NextDouble() < 0.4 ? LeadTexts[random.Next(LeadTexts.Length)] : OtherTexts[random.Next(OtherTexts.Length)];
                changes.Add((page, Comment(post, commentId, "add", text, at)));
                counts = counts with { Comments = counts.Comments + 1 };
                var final = text;
                if (random.NextDouble() < 0.25)
                {
                    // The edit flips the comment into or out of being a lead.
                    final = IsLead(text) ? OtherTexts[random.Next(OtherTexts.Length)] : LeadTexts[random.Next(LeadTexts.Length)];
                    changes.Add((page, Comment(post, commentId, "edited", final, at + secondsPerSlot)));
                }

                if (random.NextDouble() < 0.15)
                {
                    changes.Add((page, Comment(post, commentId, "remove", null, at + (2 * secondsPerSlot))));
                    final = null;
                }

                if (final is not null && IsLead(final))
                {
                    leads[team.Id][commentId] = final;
                }
            }

            posts[post] = counts;
        }

        // Out of order: shuffle every change, then batch consecutive changes for one Page into deliveries.
        var shuffled = changes.OrderBy(_ => random.Next()).ToList();
        var deliveries = new List<string>();
        foreach (var byPage in shuffled.GroupBy(c => c.Page))
        {
            var list = byPage.Select(c => c.Change).ToList();
            for (var i = 0; i < list.Count;)
            {
                var size = Math.Min(list.Count - i, 1 + random.Next(maxChangesPerDelivery));
                deliveries.Add(Delivery(byPage.Key, list.GetRange(i, size), start));
                i += size;
            }
        }

        var order = deliveries.OrderBy(_ => random.Next()).ToList();
        var duplicates = (int)Math.Round(order.Count * duplicateRate);
        for (var d = 0; d < duplicates; d++)
        {
            var original = random.Next(order.Count - 1);
            order.Insert(original + 1 + random.Next(order.Count - original), order[original]);
        }

        return new MetaTraffic(teams, day, order, changes.Count, duplicates, posts, leads);
    }

    public static bool IsLead(string text) =>
        new LeadScorer().Score(new ScoringRequest(text, EngagementKind.Comment, null, Platforms.Facebook), new ScoringProfile()).IsLead;

    /// <summary>The traffic relies on the scorer agreeing with the text pools; say so plainly if it no longer does.</summary>
    private static void CheckTexts()
    {
        var scorer = new LeadScorer();
        foreach (var text in LeadTexts.Concat(OtherTexts))
        {
            var lead = scorer.Score(new ScoringRequest(text, EngagementKind.Comment, null, Platforms.Facebook), new ScoringProfile()).IsLead;
            if (lead != LeadTexts.Contains(text))
            {
                throw new InvalidOperationException($"The scorer no longer agrees that '{text}' is {(lead ? "not " : "")}a lead; pick other texts for the fault traffic.");
            }
        }
    }

    private static JsonObject Reaction(string postId, string verb, string type, string userId, long at) => new()
    {
        ["field"] = "feed",
        ["value"] = new JsonObject
        {
            ["item"] = "reaction",
            ["verb"] = verb,
            ["reaction_type"] = type,
            ["post_id"] = postId,
            ["parent_id"] = postId,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Fan " + userId },
            ["created_time"] = at,
        },
    };

    private static JsonObject Comment(string postId, string commentId, string verb, string? text, long at)
    {
        var value = new JsonObject
        {
            ["item"] = "comment",
            ["verb"] = verb,
            ["comment_id"] = commentId,
            ["post_id"] = postId,
            ["parent_id"] = postId,
            ["from"] = new JsonObject { ["id"] = "9" + commentId.Replace("_", "", StringComparison.Ordinal).Replace("c", "", StringComparison.Ordinal), ["name"] = "A customer" },
            ["created_time"] = at,
        };
        if (text is not null)
        {
            value["message"] = text;
        }

        return new JsonObject { ["field"] = "feed", ["value"] = value };
    }

    /// <summary>One Meta delivery: a page entry with its changes.</summary>
    public static string Delivery(string page, IEnumerable<JsonObject> changes, long time) => new JsonObject
    {
        ["object"] = "page",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = page,
            ["time"] = time,
            ["changes"] = new JsonArray(changes.Select(c => (JsonNode)c.DeepClone()).ToArray()),
        }),
    }.ToJsonString();
}
