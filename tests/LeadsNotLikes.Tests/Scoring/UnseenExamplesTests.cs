using System.Runtime.CompilerServices;
using System.Text.Json;
using LeadsNotLikes.Events;
using static LeadsNotLikes.Tests.Scoring.ScoringHelpers;

namespace LeadsNotLikes.Tests.Scoring;

/// <summary>
/// A quality floor on Fixtures/unseen*.jsonl: examples written in other words than the labeled dev file,
/// in all seven languages. Catches a lexicon or weight change that breaks generalization.
/// </summary>
public sealed class UnseenExamplesTests
{
    [Theory]
    [InlineData("unseen.jsonl", 70)]
    [InlineData("unseen-2.jsonl", 40)]
    [InlineData("unseen-3.jsonl", 280)]
    [InlineData("paraphrases-3.jsonl", 120)]
    public void Score_UnseenExamples_LeadF1AtLeast90Percent(string file, int minimumRows)
    {
        var rows = Rows(file);

        Assert.True(rows.Count >= minimumRows);
        Assert.InRange(LeadF1(rows), 0.9, 1.0);
    }

    /// <summary>
    /// The blind sets (each scored before anyone studied it; BENCHMARKS.md): a floor below today's figures
    /// (after round 8: unseen-4 to -8 0.93–0.97 and unseen-9 to -12 0.85–0.90, all studied; unseen-13 and -14,
    /// never studied, 0.86; after round 9 with the word grams: unseen-15 to -26, 0.88–0.95; round 10 on unseen-27 to
    /// -30, never studied, 0.90–0.97), so a change that loses what generalized fails here.
    /// </summary>
    [Theory]
    [InlineData("unseen-4.jsonl", 0.85)]
    [InlineData("unseen-5.jsonl", 0.85)]
    [InlineData("unseen-6.jsonl", 0.85)]
    [InlineData("unseen-7.jsonl", 0.85)]
    [InlineData("unseen-8.jsonl", 0.85)]
    [InlineData("unseen-9.jsonl", 0.80)]
    [InlineData("unseen-10.jsonl", 0.80)]
    [InlineData("unseen-11.jsonl", 0.80)]
    [InlineData("unseen-12.jsonl", 0.80)]
    [InlineData("unseen-13.jsonl", 0.80)]
    [InlineData("unseen-14.jsonl", 0.80)]
    [InlineData("unseen-15.jsonl", 0.85)]
    [InlineData("unseen-16.jsonl", 0.85)]
    [InlineData("unseen-17.jsonl", 0.85)]
    [InlineData("unseen-18.jsonl", 0.85)]
    [InlineData("unseen-19.jsonl", 0.85)]
    [InlineData("unseen-20.jsonl", 0.85)]
    [InlineData("unseen-21.jsonl", 0.85)]
    [InlineData("unseen-22.jsonl", 0.85)]
    [InlineData("unseen-23.jsonl", 0.85)]
    [InlineData("unseen-24.jsonl", 0.85)]
    [InlineData("unseen-25.jsonl", 0.85)]
    [InlineData("unseen-26.jsonl", 0.85)]
    [InlineData("unseen-27.jsonl", 0.85)]
    [InlineData("unseen-28.jsonl", 0.85)]
    [InlineData("unseen-29.jsonl", 0.85)]
    [InlineData("unseen-30.jsonl", 0.85)]
    public void Score_BlindSets_LeadF1AboveTheirFloor(string file, double floor)
    {
        var rows = Rows(file);

        Assert.True(rows.Count >= 320);
        Assert.InRange(LeadF1(rows), floor, 1.0);
    }

    [Fact]
    public void Score_UnseenExamples_EveryLanguageRecallAtLeast85Percent()
    {
        foreach (var language in Rows("unseen.jsonl").Concat(Rows("unseen-2.jsonl")).Concat(Rows("unseen-3.jsonl")).Concat(Rows("paraphrases-3.jsonl")).GroupBy(r => r.Lang))
        {
            var leads = language.Where(r => r.Lead).ToList();
            var recall = (double)leads.Count(IsLead) / leads.Count;
            Assert.True(recall >= 0.85, $"{language.Key}: recall {recall:0.00}");
        }
    }

    private static double LeadF1(List<Row> rows)
    {
        var tp = rows.Count(r => r.Lead && IsLead(r));
        var fp = rows.Count(r => !r.Lead && IsLead(r));
        var fn = rows.Count(r => r.Lead && !IsLead(r));
        return 2.0 * tp / ((2 * tp) + fp + fn);
    }

    private static bool IsLead(Row row) => Score(row.Text, row.Kind, row.Rating).IsLead;

    private static List<Row> Rows(string file, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", file);
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
