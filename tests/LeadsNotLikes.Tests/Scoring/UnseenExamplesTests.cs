using System.Runtime.CompilerServices;
using System.Text.Json;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// A quality floor on Fixtures/unseen.jsonl: examples written in other words than the labeled dev file,
/// in all seven languages. Catches a lexicon or weight change that breaks generalization.
/// </summary>
public sealed class UnseenExamplesTests
{
    private static readonly LeadScorer Scorer = new();

    [Fact]
    public void Score_UnseenExamples_LeadF1AtLeast90Percent()
    {
        var rows = Rows();

        var tp = rows.Count(r => r.Lead && Score(r).IsLead);
        var fp = rows.Count(r => !r.Lead && Score(r).IsLead);
        var fn = rows.Count(r => r.Lead && !Score(r).IsLead);

        Assert.True(rows.Count >= 70);
        Assert.InRange(2.0 * tp / ((2 * tp) + fp + fn), 0.9, 1.0);
    }

    [Fact]
    public void Score_UnseenExamples_EveryLanguageFindsMostLeads()
    {
        foreach (var language in Rows().GroupBy(r => r.Lang))
        {
            var leads = language.Where(r => r.Lead).ToList();
            Assert.True(leads.Count(r => Score(r).IsLead) >= leads.Count - 1, language.Key);
        }
    }

    private static LeadScore Score(Row row) => Scorer.Score(new ScoringRequest(row.Text, row.Kind, row.Rating));

    private static List<Row> Rows([CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", "unseen.jsonl");
        return
        [
            .. File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                return new Row(
                    root.GetProperty("text").GetString()!,
                    root.GetProperty("lang").GetString()!,
                    Enum.Parse<EngagementKind>(root.GetProperty("kind").GetString()!, ignoreCase: true),
                    root.GetProperty("rating").ValueKind == JsonValueKind.Number ? root.GetProperty("rating").GetInt32() : null,
                    root.GetProperty("lead").GetBoolean());
            }),
        ];
    }

    private sealed record Row(string Text, string Lang, EngagementKind Kind, int? Rating, bool Lead);
}
