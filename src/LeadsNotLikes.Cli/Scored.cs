using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary>A labeled row with what the scorer said about it.</summary>
internal sealed record Scored(LabeledRow Row, LeadIntent Gold, LeadScore Result)
{
    /// <summary>Every row of <paramref name="rows"/> scored by <paramref name="scorer"/>.</summary>
    public static List<Scored> All(LeadScorer scorer, IEnumerable<LabeledRow> rows) =>
        [.. rows.Select(r => new Scored(r, LabeledFile.ParseIntent(r.Intent), scorer.Score(LabeledFile.ToRequest(r))))];

    /// <summary>Lead detection F1 over <paramref name="scored"/>.</summary>
    public static double LeadF1(IEnumerable<Scored> scored) => Metrics.Of(scored, s => s.Row.Lead, s => s.Result.IsLead).F1;

    /// <summary>Of the leads found, how many got the gold intent.</summary>
    public static (int Right, int Found) IntentOnLeadsFound(IEnumerable<Scored> scored)
    {
        int right = 0, found = 0;
        foreach (var s in scored.Where(s => s.Row.Lead && s.Result.IsLead))
        {
            found++;
            right += s.Result.Intent == s.Gold ? 1 : 0;
        }

        return (right, found);
    }
}
