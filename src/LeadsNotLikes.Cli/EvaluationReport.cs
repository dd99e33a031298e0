using System.Globalization;
using System.Text;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary>Lead P/R/F1 overall and per language, intent P/R/F1 and the intent confusion matrix, as markdown.</summary>
internal static class EvaluationReport
{
    private static readonly LeadIntent[] Intents = Enum.GetValues<LeadIntent>();

    public static string Render(IReadOnlyList<Scored> scored, string title)
    {
        var sb = new StringBuilder();
        var overall = Metrics.Of(scored, s => s.Row.Lead, s => s.Result.IsLead);
        sb.Append(CultureInfo.InvariantCulture, $"### {title}: {scored.Count} rows, {overall.Support} leads\n\n");
        sb.Append("| lead detection | rows | leads | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|\n");
        Row(sb, "**overall**", scored.Count, overall);
        foreach (var group in scored.GroupBy(s => s.Row.Lang).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(sb, group.Key, group.Count(), Metrics.Of(group, s => s.Row.Lead, s => s.Result.IsLead));
        }

        sb.Append("\n| intent (leads only) | gold | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
        foreach (var intent in Intents.Where(i => i != LeadIntent.None))
        {
            var m = Metrics.Of(scored, s => s.Gold == intent, s => s.Result.Intent == intent);
            sb.Append(CultureInfo.InvariantCulture, $"| {Name(intent)} | {m.Support} | {m.Precision:0.00} | {m.Recall:0.00} | {m.F1:0.00} |\n");
        }

        var (correct, found) = Scored.IntentOnLeadsFound(scored);
        sb.Append(CultureInfo.InvariantCulture, $"\nIntent right on {correct} of {found} leads found ({Ratio(correct, found):0.00}).\n\n");

        sb.Append("Intent confusion (rows: gold, columns: predicted; none = not a lead)\n\n| gold \\ predicted |");
        foreach (var intent in Intents)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {Short(intent)} |");
        }

        sb.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", Intents.Length))).Append('\n');
        foreach (var gold in Intents)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {Name(gold)} |");
            foreach (var predicted in Intents)
            {
                var n = scored.Count(s => s.Gold == gold && s.Result.Intent == predicted);
                sb.Append(CultureInfo.InvariantCulture, $" {(n == 0 ? "." : n.ToString(CultureInfo.InvariantCulture))} |");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    public static string Errors(IReadOnlyList<Scored> scored)
    {
        var sb = new StringBuilder();
        foreach (var s in scored.Where(s => s.Row.Lead != s.Result.IsLead || (s.Row.Lead && s.Result.Intent != s.Gold)))
        {
            var kind = s.Row.Lead != s.Result.IsLead ? (s.Row.Lead ? "MISS" : "FALSE") : "INTENT";
            var evidence = string.Join(", ", s.Result.Evidence.Select(e => $"{e.Cue}{e.Weight:+0;-0}" + (e.Length > 0 ? $"'{s.Row.Text.Substring(e.Start, e.Length)}'" : string.Empty)));
            var intentEvidence = string.Join(", ", s.Result.IntentEvidence.Select(e => $"{e.Cue}{e.Weight:+0;-0}"));
            sb.Append(CultureInfo.InvariantCulture, $"{kind,-6} {s.Row.Id} {s.Row.Lang} {s.Row.Kind}{s.Row.Rating} score={s.Result.Score} gold={Name(s.Gold)} got={Name(s.Result.Intent)}\n    {s.Row.Text}\n    {evidence}\n");
            if (intentEvidence.Length > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    intent: {intentEvidence}\n");
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, int rows, Metrics m) =>
        sb.Append(CultureInfo.InvariantCulture, $"| {name} | {rows} | {m.Support} | {m.Precision:0.00} | {m.Recall:0.00} | {m.F1:0.00} |\n");

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Name(LeadIntent intent) => LeadModel.IntentName(intent);

    private static string Short(LeadIntent intent) => intent switch
    {
        LeadIntent.None => "none",
        LeadIntent.Availability => "avail",
        LeadIntent.ServiceRecovery => "recov",
        LeadIntent.Purchase => "purch",
        LeadIntent.Switching => "switch",
        _ => Name(intent),
    };
}
