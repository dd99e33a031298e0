using System.Globalization;
using System.Text;

namespace LeadsNotLikes.Digest;

/// <summary>The plain-text alternative: the same numbers as the HTML, in the same order.</summary>
public static class DigestText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The health section's line when no delivery was received in the period (deliveries count by the day they arrived).</summary>
    public const string NoDeliveries = "No webhook deliveries arrived in this period (deliveries count on the day they arrive).";

    public static string Render(DigestModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        text.Append(Invariant, $"Likes versus leads for {model.TeamName}, {model.PeriodLabel} ({model.TimeZone})\n\n");
        text.Append(model.Insight).Append("\n\n");

        text.Append(Invariant, $"HEADLINE (change against the previous {model.Unit})\n");
        foreach (var row in model.Headline)
        {
            var c = row.Current;
            var p = row.Previous;
            text.Append(Invariant, $"{Label(row.Platform)}: likes {c.Likes} ({DigestBuilder.Change(c.Likes, p.Likes)}), comments {c.Comments} ({DigestBuilder.Change(c.Comments, p.Comments)}), ")
                .Append(Invariant, $"reviews {c.Reviews} ({DigestBuilder.Change(c.Reviews, p.Reviews)}), mentions {c.Mentions} ({DigestBuilder.Change(c.Mentions, p.Mentions)}), ")
                .Append(Invariant, $"leads {c.Leads} ({DigestBuilder.Change(c.Leads, p.Leads)}), leads per 1,000 likes {Per1000(c.LeadsPer1000Likes)}\n");
        }

        text.Append(Invariant, $"\nNEW LEADS ({model.Leads.Count})\n");
        if (model.Leads.Count == 0)
        {
            text.Append("No new leads.\n");
        }

        foreach (var lead in model.Leads)
        {
            Lead(text, lead, model.GeneratedAt);
        }

        text.Append(Invariant, $"\nSTILL UNANSWERED ({model.Unanswered.Count})\n");
        if (model.Unanswered.Count == 0)
        {
            text.Append("Nothing left open.\n");
        }

        foreach (var lead in model.Unanswered)
        {
            Lead(text, lead, model.GeneratedAt);
        }

        text.Append("\nMOST-LIKED POSTS (likes / comments / leads)\n");
        Ledger(text, model.MostLiked);
        text.Append("\nPOSTS THAT BROUGHT LEADS (leads / likes / comments)\n");
        if (model.LeadPosts.Count == 0)
        {
            text.Append("None.\n");
        }

        foreach (var row in model.LeadPosts)
        {
            text.Append(Invariant, $"- \"{row.Name}\" ({row.Platform}, {ContentLabel(row.ContentType)}): {row.Leads} / {row.Likes} / {row.Comments}\n");
        }

        text.Append(Invariant, $"\nCONTENT TYPES (this {model.Unit}: posts / likes / leads; last 4 weeks: posts / likes / leads)\n");
        foreach (var row in model.ContentTypes)
        {
            text.Append(Invariant, $"- {ContentLabel(row.Type)}: {row.Period.Posts} / {row.Period.Likes} / {row.Period.Leads}; ")
                .Append(Invariant, $"{row.FourWeeks.Posts} / {row.FourWeeks.Likes} / {row.FourWeeks.Leads}\n");
        }

        if (model.Health is { } health)
        {
            text.Append("\nINGESTION HEALTH (received / signature failures / duplicates / unrouted)\n");
            if (health.Platforms.Count == 0)
            {
                text.Append(NoDeliveries).Append('\n');
            }

            foreach (var row in health.Platforms)
            {
                text.Append(Invariant, $"- {row.Platform}: {row.Received} / {row.SignatureFailures} / {row.Duplicates} / {row.Unrouted}\n");
            }

            text.Append(Invariant, $"Poison messages: {(health.PoisonMessages is { } poison ? poison.ToString(Invariant) : "unknown")}\n");
            foreach (var token in health.Tokens)
            {
                text.Append(Invariant, $"Token for {token.Platform} {token.AccountId}: {DaysLeft(token, model.GeneratedAt)}\n");
            }
        }

        text.Append("\nLikes are net reactions; leads are comments, replies, mentions and reviews scored at or above your team's threshold.\n");
        return text.ToString();
    }

    private static void Lead(StringBuilder text, LeadSummary lead, DateTimeOffset now)
    {
        text.Append(Invariant, $"- {lead.AuthorName ?? "Someone"} on {lead.Platform} ({DigestBuilder.KindLabel(lead.Kind)}), {IntentLabel(lead)} {lead.Score}");
        if (lead.Rating is { } stars)
        {
            text.Append(Invariant, $", {stars}★");
        }

        if (DigestBuilder.TimeLeft(lead, now) is { } left)
        {
            text.Append(", ").Append(left);
        }

        if (lead.Resolution is { } resolution)
        {
            text.Append(", marked ").Append(resolution == "notALead" ? "not a lead" : resolution);
        }

        text.Append(":\n  \"").Append(Marked(lead)).Append("\"\n");
        if (lead.Link is not null)
        {
            text.Append("  Reply: ").Append(lead.Link).Append('\n');
        }

        if (lead.Resolution is null && lead.HandledLink is not null)
        {
            text.Append("  Mark handled: ").Append(lead.HandledLink).Append('\n');
        }

        if (lead.Resolution is null && lead.NotALeadLink is not null)
        {
            text.Append("  Not a lead: ").Append(lead.NotALeadLink).Append('\n');
        }
    }

    private static void Ledger(StringBuilder text, IReadOnlyList<LedgerRow> rows)
    {
        if (rows.Count == 0)
        {
            text.Append("None.\n");
        }

        foreach (var row in rows)
        {
            text.Append(Invariant, $"- \"{row.Name}\" ({row.Platform}, {ContentLabel(row.ContentType)}): {row.Likes} / {row.Comments} / {row.Leads}");
            text.Append(row.ManyLikesNoLeads ? "  << many likes, no leads" : "").Append('\n');
        }
    }

    /// <summary>The lead's text with the words that made it a lead in [[double brackets]].</summary>
    internal static string Marked(LeadSummary lead)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in EvidenceSpans.Of(lead.Text, lead.Evidence))
        {
            text.Append(lead.Text, at, start - at).Append("[[").Append(lead.Text, start, end - start).Append("]]");
            at = end;
        }

        return text.Append(lead.Text, at, lead.Text.Length - at).ToString();
    }

    internal static string Label(string platform) => platform == PlatformTotals.Total ? "Total" : platform;

    internal static string Per1000(double? value) => value is { } v ? v.ToString("0.0", Invariant) : "–";

    internal static string IntentLabel(LeadSummary lead) => lead.Intent switch
    {
        Scoring.LeadIntent.ServiceRecovery => "service recovery, score",
        Scoring.LeadIntent.None => "lead, score",
        _ => lead.Intent.ToString().ToLowerInvariant() + ", score",
    };

    public static string ContentLabel(ContentType type) => type switch
    {
        ContentType.Question => "question or poll",
        ContentType.Offer => "offer",
        ContentType.Proof => "proof",
        ContentType.Expertise => "expertise",
        ContentType.Personal => "personal or milestone",
        _ => "other",
    };

    /// <summary>
    /// "12 days left", or for a token that has expired or that the platform refused (reported as expiring at the
    /// refusal): "expired or refused since 2026-11-20 10:50 UTC; renew it".
    /// </summary>
    internal static string DaysLeft(TokenExpiry token, DateTimeOffset now)
    {
        if (token.ExpiresAt <= now)
        {
            return string.Create(Invariant, $"expired or refused since {token.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC; renew it");
        }

        return $"{((int)Math.Floor((token.ExpiresAt - now).TotalDays)).ToString(Invariant)} days left";
    }
}
