using System.Globalization;
using System.Net;
using System.Text;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Renders a team's likes-versus-leads digest as an email: the totals, the leads to answer (with the words that
/// made them leads highlighted), and which posts brought leads versus which only brought likes.
/// All user-written text is HTML-encoded.
/// </summary>
public static class DigestComposer
{
    /// <summary>Most leads listed in one email; the rest are counted.</summary>
    public const int MaxLeadsListed = 50;

    private const int MaxPostsListed = 20;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static DigestMessage Compose(DigestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var day = report.Day.ToString("ddd d MMM yyyy", Invariant);
        var subject = $"{report.TeamName}: {Plural(report.TotalLeads, "lead")} vs {Plural(report.TotalLikes, "like")} on {day}";
        var posts = RankPosts(report);
        var leads = report.Leads.OrderByDescending(l => l.Score).ThenBy(l => l.OccurredAt).ToList();
        var insight = Insight(report, posts);
        return new DigestMessage(subject, PlainText(report, day, insight, posts, leads), Html(report, day, insight, posts, leads));
    }

    /// <summary>Posts with their lead counts, ranked by leads, then likes.</summary>
    internal static List<(PostActivity Post, int Leads)> RankPosts(DigestReport report)
    {
        var leadsByPost = report.Leads.GroupBy(l => (l.Platform, l.PostId)).ToDictionary(g => g.Key, g => g.Count());
        var posts = report.Posts.ToDictionary(p => (p.Platform, p.PostId));
        foreach (var key in leadsByPost.Keys.Where(k => !posts.ContainsKey(k)))
        {
            posts[key] = new PostActivity(key.Platform, key.PostId, 0, 0);
        }

        return posts.Values
            .Select(p => (Post: p, Leads: leadsByPost.GetValueOrDefault((p.Platform, p.PostId))))
            .OrderByDescending(x => x.Leads).ThenByDescending(x => x.Post.Likes).ThenBy(x => x.Post.PostId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The one sentence the digest exists for: did likes and leads come from the same posts?</summary>
    internal static string Insight(DigestReport report, List<(PostActivity Post, int Leads)> posts)
    {
        if (posts.Count == 0)
        {
            return "A quiet day: no likes, comments or leads were recorded.";
        }

        var mostLiked = posts.MaxBy(p => p.Post.Likes);
        if (report.TotalLeads == 0)
        {
            return $"{Plural(report.TotalLikes, "like")} and no leads: likes alone did not bring anyone closer to buying.";
        }

        var leadsFromQuietPosts = posts.Where(p => p.Leads > 0 && p.Post.Likes < mostLiked.Post.Likes).Sum(p => p.Leads);
        return mostLiked.Post.Likes == 0
            ? $"{Plural(report.TotalLeads, "lead")} from posts with no likes at all."
            : $"Your most-liked post ({Plural(mostLiked.Post.Likes, "like")}) brought {Plural(mostLiked.Leads, "lead")}; "
              + $"{Plural(leadsFromQuietPosts, "lead")} came from posts with fewer likes.";
    }

    private static string PlainText(DigestReport report, string day, string insight, List<(PostActivity Post, int Leads)> posts, List<LeadSummary> leads)
    {
        var text = new StringBuilder();
        text.Append(Invariant, $"Likes versus leads for {report.TeamName}, {day} ({report.TimeZone})\n\n");
        text.Append(Invariant, $"Leads: {report.TotalLeads}   Likes: {report.TotalLikes}   Comments: {report.TotalComments}\n");
        text.Append(insight).Append("\n\n");

        text.Append(leads.Count == 0 ? "No leads yesterday.\n" : "Leads to answer\n");
        foreach (var lead in leads.Take(MaxLeadsListed))
        {
            text.Append(Invariant, $"- [{lead.Intent}, score {lead.Score}] {lead.Kind} on {lead.Platform}");
            text.Append(lead.Rating is { } stars ? $" ({stars}★)" : "").Append(": \"").Append(lead.Text).Append('"');
            text.Append(lead.Link is null ? "" : $"\n  {lead.Link}").Append('\n');
        }

        if (leads.Count > MaxLeadsListed)
        {
            text.Append(Invariant, $"... and {leads.Count - MaxLeadsListed} more.\n");
        }

        text.Append("\nPosts (likes / comments / leads)\n");
        foreach (var (post, postLeads) in posts.Take(MaxPostsListed))
        {
            text.Append(Invariant, $"- {post.Platform} {post.PostId}: {post.Likes} / {post.Comments} / {postLeads}\n");
        }

        return text.ToString();
    }

    private static string Html(DigestReport report, string day, string insight, List<(PostActivity Post, int Leads)> posts, List<LeadSummary> leads)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(report.TeamName)).Append(" digest</title></head>");
        html.Append("<body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1b1b1b;max-width:680px;margin:0 auto;padding:16px\">");
        html.Append("<h1 style=\"font-size:20px;margin:0 0 4px\">Likes versus leads</h1>");
        html.Append("<p style=\"margin:0 0 16px;color:#555\">").Append(E(report.TeamName)).Append(" · ").Append(E(day))
            .Append(" (").Append(E(report.TimeZone)).Append(")</p>");

        html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;margin-bottom:12px\"><tr>");
        Metric(html, "Leads", report.TotalLeads, "#0b6e4f");
        Metric(html, "Likes", report.TotalLikes, "#555");
        Metric(html, "Comments", report.TotalComments, "#555");
        html.Append("</tr></table>");
        html.Append("<p style=\"font-size:15px\"><strong>").Append(E(insight)).Append("</strong></p>");

        html.Append("<h2 style=\"font-size:16px;margin-top:24px\">Leads to answer</h2>");
        if (leads.Count == 0)
        {
            html.Append("<p>No leads yesterday.</p>");
        }

        foreach (var lead in leads.Take(MaxLeadsListed))
        {
            html.Append("<div style=\"border-left:4px solid #0b6e4f;padding:6px 10px;margin:10px 0;background:#f6faf8\">");
            html.Append("<div style=\"font-size:12px;color:#555\">").Append(E(Label(lead.Intent))).Append(" · score ")
                .Append(lead.Score.ToString(Invariant)).Append(" · ").Append(E(lead.Kind.ToString().ToLowerInvariant()))
                .Append(" on ").Append(E(lead.Platform));
            if (lead.Rating is { } stars)
            {
                html.Append(" · ").Append(stars.ToString(Invariant)).Append('★');
            }

            html.Append("</div><div style=\"font-size:15px;margin-top:4px\">").Append(Highlight(lead.Text, lead.Evidence)).Append("</div>");
            if (lead.Link is not null)
            {
                html.Append("<div style=\"font-size:12px;margin-top:4px\"><a href=\"").Append(E(lead.Link)).Append("\">Open the post to reply</a></div>");
            }

            html.Append("</div>");
        }

        if (leads.Count > MaxLeadsListed)
        {
            html.Append("<p>… and ").Append((leads.Count - MaxLeadsListed).ToString(Invariant)).Append(" more.</p>");
        }

        html.Append("<h2 style=\"font-size:16px;margin-top:24px\">Posts: likes versus leads</h2>");
        html.Append("<table style=\"border-collapse:collapse;width:100%;font-size:14px\"><tr style=\"text-align:left;border-bottom:1px solid #ccc\">")
            .Append("<th style=\"padding:4px\">Post</th><th style=\"padding:4px\">Likes</th><th style=\"padding:4px\">Comments</th><th style=\"padding:4px\">Leads</th></tr>");
        foreach (var (post, postLeads) in posts.Take(MaxPostsListed))
        {
            var link = Links.ToPost(post.Platform, post.PostId);
            var name = E($"{post.Platform} {post.PostId}");
            html.Append("<tr style=\"border-bottom:1px solid #eee\"><td style=\"padding:4px\">")
                .Append(link is null ? name : $"<a href=\"{E(link)}\">{name}</a>")
                .Append("</td><td style=\"padding:4px\">").Append(post.Likes.ToString(Invariant))
                .Append("</td><td style=\"padding:4px\">").Append(post.Comments.ToString(Invariant))
                .Append("</td><td style=\"padding:4px\"><strong>").Append(postLeads.ToString(Invariant)).Append("</strong></td></tr>");
        }

        html.Append("</table><p style=\"font-size:12px;color:#777;margin-top:24px\">Sent by LeadsNotLikes. Likes are net reactions on the day; ")
            .Append("leads are comments, replies, mentions and reviews scored at or above your team's threshold.</p></body></html>");
        return html.ToString();
    }

    private static void Metric(StringBuilder html, string label, int value, string color) =>
        html.Append("<td style=\"padding:0 24px 0 0\"><div style=\"font-size:28px;font-weight:600;color:").Append(color).Append("\">")
            .Append(value.ToString(Invariant)).Append("</div><div style=\"font-size:12px;color:#555\">").Append(label).Append("</div></td>");

    /// <summary>HTML-encodes <paramref name="text"/>, marking the spans that raised the score; overlapping spans are merged.</summary>
    internal static string Highlight(string text, IReadOnlyList<Evidence> evidence)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var span in evidence.Where(e => e.Weight > 0 && e.Start >= 0 && e.Length > 0 && e.Start + e.Length <= text.Length).OrderBy(e => e.Start))
        {
            var start = Math.Max(span.Start, at);
            var end = span.Start + span.Length;
            if (end <= start)
            {
                continue;
            }

            html.Append(E(text[at..start])).Append("<mark style=\"background:#fff1a8\">").Append(E(text[start..end])).Append("</mark>");
            at = end;
        }

        return html.Append(E(text[at..])).ToString();
    }

    private static string Label(LeadIntent intent) => intent switch
    {
        LeadIntent.ServiceRecovery => "service recovery",
        LeadIntent.None => "lead",
        _ => intent.ToString().ToLowerInvariant(),
    };

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(Invariant)} {noun}s";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
