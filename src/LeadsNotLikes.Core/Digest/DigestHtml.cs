using System.Globalization;
using System.Net;
using System.Text;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Digest;

/// <summary>
/// The HTML email: one 600-pixel table with inline styles, bars drawn as table cells with background colours (Outlook
/// and Gmail render both), no scripts, no images, explicit background and text colours on every block so that
/// clients that invert colours in dark mode keep the contrast. All user-written text is HTML-encoded. Each lead is
/// a block marked <c>data-lead</c>, which the rendering test counts.
/// </summary>
public static class DigestHtml
{
    /// <summary>The email's width in CSS pixels.</summary>
    public const int Width = 600;

    private const string Font = "font-family:Segoe UI,Helvetica,Arial,sans-serif";
    private const string Ink = "#1f2933";
    private const string Muted = "#52606d";
    private const string Paper = "#ffffff";
    private const string Canvas = "#eef1f5";
    private const string LikeColour = "#3b6fd8";
    private const string LeadColour = "#0f8a5f";
    private const string FlagColour = "#b44d12";
    private const string Wrap = "word-break:break-word;overflow-wrap:anywhere";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(DigestModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<meta name=\"color-scheme\" content=\"light dark\"><meta name=\"supported-color-schemes\" content=\"light dark\">")
            .Append("<title>").Append(E(model.TeamName)).Append(" · likes versus leads · ").Append(E(model.PeriodLabel)).Append("</title></head>");
        html.Append("<body style=\"margin:0;padding:0;background:").Append(Canvas).Append("\" bgcolor=\"").Append(Canvas).Append("\">");
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"").Append(Canvas)
            .Append("\" style=\"background:").Append(Canvas).Append("\"><tr><td align=\"center\" style=\"padding:12px 0\">");
        html.Append("<table role=\"presentation\" data-digest width=\"").Append(Width).Append("\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"").Append(Paper)
            .Append("\" style=\"width:100%;max-width:").Append(Width).Append("px;table-layout:fixed;background:").Append(Paper).Append(";color:").Append(Ink).Append(';').Append(Font).Append("\">");

        Header(html, model);
        Headline(html, model);
        Leads(html, "New leads", "new-leads", model.Leads, model.GeneratedAt, "No new leads in this " + model.Unit + ".");
        Leads(html, "Still unanswered", "unanswered", model.Unanswered, model.GeneratedAt, "Nothing left open: every earlier lead is marked.");
        Ledger(html, model);
        ContentTypes(html, model);
        Health(html, model);

        Section(html, null, null);
        html.Append("<p style=\"margin:0;font-size:12px;line-height:18px;color:").Append(Muted).Append("\">Likes are net reactions; leads are comments, replies, mentions and reviews scored at or above your team's threshold. ")
            .Append("Times are in ").Append(E(model.TimeZone)).Append(". Sent by LeadsNotLikes.</p>");
        html.Append("</td></tr></table></td></tr></table></body></html>");
        return html.ToString();
    }

    private static void Header(StringBuilder html, DigestModel model)
    {
        html.Append("<tr><td style=\"padding:20px 24px 8px\" bgcolor=\"").Append(Paper).Append("\">")
            .Append("<div style=\"font-size:12px;letter-spacing:1px;text-transform:uppercase;color:").Append(Muted).Append("\">Likes versus leads</div>")
            .Append("<h1 style=\"margin:4px 0 0;font-size:22px;line-height:28px;color:").Append(Ink).Append(";").Append(Wrap).Append("\">").Append(E(model.TeamName)).Append("</h1>")
            .Append("<div style=\"font-size:14px;color:").Append(Muted).Append("\">").Append(E(model.PeriodLabel)).Append(" (").Append(E(model.TimeZone)).Append(")</div>")
            .Append("<p data-insight style=\"margin:12px 0 0;padding:10px 12px;font-size:15px;line-height:21px;border-left:4px solid ").Append(LeadColour)
            .Append(";background:#eaf6f0;color:").Append(Ink).Append("\" bgcolor=\"#eaf6f0\"><strong>").Append(E(model.Insight)).Append("</strong></p>")
            .Append("</td></tr>");
    }

    private static void Headline(StringBuilder html, DigestModel model)
    {
        Section(html, "Headline", $"Change against the previous {model.Unit}.");
        html.Append("<table role=\"presentation\" data-headline width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"table-layout:fixed;font-size:13px;color:").Append(Ink).Append("\">");
        html.Append("<tr>");
        foreach (var (label, width) in new[] { ("", "22%"), ("Likes", "14%"), ("Comments", "14%"), ("Reviews", "12%"), ("Mentions", "12%"), ("Leads", "12%"), ("Leads / 1k likes", "14%") })
        {
            html.Append("<th align=\"left\" width=\"").Append(width).Append("\" style=\"padding:4px 2px;font-size:11px;font-weight:600;color:").Append(Muted).Append(";border-bottom:1px solid #d3dae3;").Append(Wrap).Append("\">").Append(label).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in model.Headline)
        {
            var total = row.Platform == PlatformTotals.Total;
            var c = row.Current;
            var p = row.Previous;
            html.Append("<tr data-platform=\"").Append(E(row.Platform)).Append("\"").Append(total ? " style=\"font-weight:700\"" : "").Append('>');
            html.Append("<td style=\"padding:6px 2px;border-bottom:1px solid #e4e8ee;").Append(Wrap).Append("\">").Append(E(DigestText.Label(row.Platform))).Append("</td>");
            Cell(html, c.Likes, p.Likes);
            Cell(html, c.Comments, p.Comments);
            Cell(html, c.Reviews, p.Reviews);
            Cell(html, c.Mentions, p.Mentions);
            Cell(html, c.Leads, p.Leads, LeadColour);
            html.Append("<td style=\"padding:6px 2px;border-bottom:1px solid #e4e8ee\">").Append(DigestText.Per1000(c.LeadsPer1000Likes))
                .Append("<div style=\"font-size:11px;font-weight:400;color:").Append(Muted).Append("\">was ").Append(DigestText.Per1000(p.LeadsPer1000Likes)).Append("</div></td>");
            html.Append("</tr>");
        }

        html.Append("</table>");
        EndSection(html);
    }

    private static void Cell(StringBuilder html, int current, int previous, string colour = Ink) =>
        html.Append("<td style=\"padding:6px 2px;border-bottom:1px solid #e4e8ee;color:").Append(colour).Append("\">").Append(current.ToString("N0", Invariant))
            .Append("<div style=\"font-size:11px;font-weight:400;color:").Append(Muted).Append("\">").Append(DigestBuilder.Change(current, previous)).Append("</div></td>");

    private static void Leads(StringBuilder html, string title, string id, IReadOnlyList<LeadSummary> leads, DateTimeOffset now, string none)
    {
        Section(html, $"{title} ({leads.Count.ToString(Invariant)})", leads.Count == 0 ? none : "Closing reply windows first.");
        html.Append("<div data-section=\"").Append(id).Append("\">");
        foreach (var lead in leads)
        {
            html.Append("<table role=\"presentation\" data-lead=\"").Append(E(lead.Id)).Append("\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"table-layout:fixed;margin:0 0 10px\"><tr>")
                .Append("<td width=\"4\" bgcolor=\"").Append(LeadColour).Append("\" style=\"background:").Append(LeadColour).Append(";width:4px;font-size:0;line-height:0\">&nbsp;</td>")
                .Append("<td bgcolor=\"#f5f9f7\" style=\"background:#f5f9f7;padding:8px 10px;color:").Append(Ink).Append(";").Append(Wrap).Append("\">");
            html.Append("<div style=\"font-size:14px;font-weight:600\">").Append(E(lead.AuthorName ?? "Someone"))
                .Append(" <span style=\"font-weight:400;color:").Append(Muted).Append("\">· ").Append(E(lead.Platform)).Append(' ').Append(E(DigestBuilder.KindLabel(lead.Kind)));
            if (lead.Rating is { } stars)
            {
                html.Append(" · ").Append(stars.ToString(Invariant)).Append('★');
            }

            html.Append("</span></div>");
            html.Append("<div style=\"font-size:12px;color:").Append(Muted).Append("\"><strong style=\"color:").Append(LeadColour).Append("\">").Append(E(IntentLabel(lead.Intent)))
                .Append(" · score ").Append(lead.Score.ToString(Invariant)).Append("</strong>");
            if (DigestBuilder.TimeLeft(lead, now) is { } left)
            {
                html.Append(" · <span data-time-left style=\"color:").Append(FlagColour).Append("\">").Append(E(left)).Append("</span>");
            }

            if (lead.Resolution is { } resolution)
            {
                html.Append(" · marked ").Append(resolution == "notALead" ? "not a lead" : E(resolution));
            }

            html.Append("</div><div style=\"font-size:15px;line-height:21px;margin-top:4px\">").Append(Highlight(lead.Text, lead.Evidence)).Append("</div>");
            html.Append("<div style=\"font-size:13px;margin-top:6px\">");
            var links = new List<string>();
            if (lead.Link is not null)
            {
                links.Add(Link(lead.Link, "Reply", LikeColour));
            }

            if (lead.Resolution is null && lead.HandledLink is not null)
            {
                links.Add(Link(lead.HandledLink, "Mark handled", LeadColour));
            }

            if (lead.Resolution is null && lead.NotALeadLink is not null)
            {
                links.Add(Link(lead.NotALeadLink, "Not a lead", Muted));
            }

            html.Append(string.Join(" &nbsp;·&nbsp; ", links)).Append("</div></td></tr></table>");
        }

        html.Append("</div>");
        EndSection(html);
    }

    private static string Link(string href, string label, string colour) =>
        $"<a href=\"{E(href)}\" style=\"color:{colour};font-weight:600;text-decoration:underline\">{label}</a>";

    private static void Ledger(StringBuilder html, DigestModel model)
    {
        Section(html, "Most-liked posts", $"{DigestBuilder.Plural(model.PostCount, "post")} had activity. Blue: likes; green: leads.");
        LedgerTable(html, model.MostLiked, "most-liked", "No likes.");
        EndSection(html);
        Section(html, "Posts that brought leads", null);
        LedgerTable(html, model.LeadPosts, "lead-posts", "No post brought a lead.");
        EndSection(html);
    }

    private static void LedgerTable(StringBuilder html, IReadOnlyList<LedgerRow> rows, string id, string none)
    {
        if (rows.Count == 0)
        {
            html.Append("<p style=\"margin:0;font-size:14px;color:").Append(Muted).Append("\">").Append(none).Append("</p>");
            return;
        }

        var maxLikes = Math.Max(1, rows.Max(r => r.Likes));
        var maxLeads = Math.Max(1, rows.Max(r => r.Leads));
        html.Append("<table role=\"presentation\" data-ledger=\"").Append(id).Append("\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"table-layout:fixed;font-size:13px;color:").Append(Ink).Append("\">");
        foreach (var row in rows)
        {
            html.Append("<tr data-post=\"").Append(E(row.PostId)).Append("\"><td style=\"padding:6px 0;border-bottom:1px solid #e4e8ee;").Append(Wrap).Append("\">");
            var name = E(row.Named ? $"“{row.Name}”" : row.Name);
            html.Append("<div style=\"font-size:14px;font-weight:600\">")
                .Append(row.Link is null ? name : $"<a href=\"{E(row.Link)}\" style=\"color:{Ink};text-decoration:underline\">{name}</a>").Append("</div>");
            html.Append("<div style=\"font-size:12px;color:").Append(Muted).Append("\">").Append(E(row.Platform)).Append(" · ").Append(E(DigestText.ContentLabel(row.ContentType)))
                .Append(" · ").Append(DigestBuilder.Plural(row.Comments, "comment"));
            if (row.ManyLikesNoLeads)
            {
                html.Append(" · <strong data-flag style=\"color:").Append(FlagColour).Append("\">⚑ many likes, no leads</strong>");
            }

            html.Append("</div>");
            Bar(html, row.Likes, maxLikes, LikeColour, DigestBuilder.Plural(row.Likes, "like"));
            Bar(html, row.Leads, maxLeads, LeadColour, DigestBuilder.Plural(row.Leads, "lead"));
            html.Append("</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>A horizontal bar as a two-cell table: the coloured cell's width is the value's share of the maximum.</summary>
    private static void Bar(StringBuilder html, int value, int max, string colour, string label)
    {
        var percent = value <= 0 ? 0 : Math.Clamp((int)Math.Round(value * 70.0 / max), 1, 70);
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"table-layout:fixed;margin-top:3px\"><tr>");
        if (percent > 0)
        {
            html.Append("<td width=\"").Append(percent).Append("%\" bgcolor=\"").Append(colour).Append("\" style=\"background:").Append(colour)
                .Append(";height:10px;font-size:0;line-height:0\">&nbsp;</td>");
        }

        html.Append("<td style=\"padding-left:6px;font-size:12px;line-height:12px;color:").Append(Ink).Append("\">").Append(label).Append("</td></tr></table>");
    }

    private static void ContentTypes(StringBuilder html, DigestModel model)
    {
        Section(html, "Content types", $"Likes and leads by what the post was about: this {model.Unit}, and the last 4 weeks.");
        if (model.ContentTypes.Count == 0)
        {
            html.Append("<p style=\"margin:0;font-size:14px;color:").Append(Muted).Append("\">No posts yet.</p>");
            EndSection(html);
            return;
        }

        html.Append("<table role=\"presentation\" data-content-types width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"table-layout:fixed;font-size:13px;color:").Append(Ink).Append("\"><tr>");
        foreach (var (label, width) in new[] { ("Type", "28%"), ($"Posts", "10%"), ("Likes", "13%"), ("Leads", "11%"), ("4 wk likes", "14%"), ("4 wk leads", "12%"), ("Leads / 1k", "12%") })
        {
            html.Append("<th align=\"left\" width=\"").Append(width).Append("\" style=\"padding:4px 2px;font-size:11px;font-weight:600;color:").Append(Muted).Append(";border-bottom:1px solid #d3dae3;").Append(Wrap).Append("\">").Append(label).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in model.ContentTypes)
        {
            html.Append("<tr data-content-type=\"").Append(row.Type.ToString().ToLowerInvariant()).Append("\">")
                .Append("<td style=\"padding:6px 2px;border-bottom:1px solid #e4e8ee;").Append(Wrap).Append("\">").Append(E(DigestText.ContentLabel(row.Type))).Append("</td>");
            foreach (var value in new[] { row.Period.Posts, row.Period.Likes, row.Period.Leads, row.FourWeeks.Likes, row.FourWeeks.Leads })
            {
                html.Append("<td style=\"padding:6px 2px;border-bottom:1px solid #e4e8ee\">").Append(value.ToString("N0", Invariant)).Append("</td>");
            }

            html.Append("<td style=\"padding:6px 2px;border-bottom:1px solid #e4e8ee;color:").Append(LeadColour).Append(";font-weight:600\">").Append(DigestText.Per1000(row.FourWeekLeadsPer1000Likes)).Append("</td></tr>");
        }

        html.Append("</table>");
        EndSection(html);
    }

    private static void Health(StringBuilder html, DigestModel model)
    {
        if (model.Health is not { } health)
        {
            return;
        }

        Section(html, "Ingestion health", "What reached the pipeline, across all accounts.");
        if (health.Platforms.Count == 0)
        {
            html.Append("<p style=\"margin:0;font-size:13px;color:").Append(Ink).Append("\">").Append(DigestText.NoDeliveries).Append("</p>");
        }
        else
        {
            html.Append("<table role=\"presentation\" data-health width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"table-layout:fixed;font-size:13px;color:").Append(Ink).Append("\"><tr>");
            foreach (var label in new[] { "Platform", "Received", "Bad signature", "Duplicates", "Unrouted" })
            {
                html.Append("<th align=\"left\" style=\"padding:4px 2px;font-size:11px;font-weight:600;color:").Append(Muted).Append(";border-bottom:1px solid #d3dae3;").Append(Wrap).Append("\">").Append(label).Append("</th>");
            }

            html.Append("</tr>");
            foreach (var row in health.Platforms)
            {
                html.Append("<tr><td style=\"padding:4px 2px\">").Append(E(row.Platform)).Append("</td>");
                foreach (var value in new[] { row.Received, row.SignatureFailures, row.Duplicates, row.Unrouted })
                {
                    html.Append("<td style=\"padding:4px 2px\">").Append(value.ToString("N0", Invariant)).Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        html.Append("<p style=\"margin:6px 0 0;font-size:13px;color:").Append(Ink).Append("\">Poison messages: ")
            .Append(health.PoisonMessages is { } poison ? poison.ToString("N0", Invariant) : "unknown");
        foreach (var token in health.Tokens)
        {
            html.Append("<br>Token for ").Append(E(token.Platform)).Append(' ').Append(E(token.AccountId)).Append(": ").Append(DigestText.DaysLeft(token, model.GeneratedAt));
        }

        html.Append("</p>");
        EndSection(html);
    }

    private static void Section(StringBuilder html, string? title, string? subtitle)
    {
        html.Append("<tr><td style=\"padding:16px 24px 4px\" bgcolor=\"").Append(Paper).Append("\">");
        if (title is not null)
        {
            html.Append("<h2 style=\"margin:0 0 2px;font-size:17px;line-height:22px;color:").Append(Ink).Append("\">").Append(E(title)).Append("</h2>");
        }

        if (subtitle is not null)
        {
            html.Append("<div style=\"margin:0 0 8px;font-size:12px;color:").Append(Muted).Append("\">").Append(E(subtitle)).Append("</div>");
        }
    }

    private static void EndSection(StringBuilder html) => html.Append("</td></tr>");

    /// <summary>HTML-encodes <paramref name="text"/>, marking the spans that raised the score (<see cref="EvidenceSpans"/>).</summary>
    public static string Highlight(string text, IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in EvidenceSpans.Of(text, evidence))
        {
            html.Append(E(text[at..start])).Append("<mark style=\"background:#ffe58a;color:#1f2933;padding:0 1px\">").Append(E(text[start..end])).Append("</mark>");
            at = end;
        }

        return html.Append(E(text[at..])).ToString();
    }

    private static string IntentLabel(LeadIntent intent) => intent switch
    {
        LeadIntent.ServiceRecovery => "service recovery",
        LeadIntent.None => "lead",
        _ => intent.ToString().ToLowerInvariant(),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
