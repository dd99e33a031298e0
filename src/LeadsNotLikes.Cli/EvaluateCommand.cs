using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary><c>evaluate &lt;file.jsonl&gt;... [--split all|train|heldout] [--threshold N] [--errors]</c>: one report per file.</summary>
internal static class EvaluateCommand
{
    public const string Usage = "evaluate <file.jsonl>... [--split all|train|heldout] [--threshold N] [--errors]";

    public static int Run(CommandArgs args)
    {
        if (args.Positional.Count == 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var split = args.Value("split") ?? "all";
        var profile = new ScoringProfile { Threshold = (int)(args.Number("threshold") ?? ScoringProfile.DefaultThreshold) };
        var scorer = new LeadScorer();
        foreach (var file in args.Positional)
        {
            var rows = LabeledFile.Read(file).Where(r => split switch
            {
                "all" => true,
                "train" => !DataSplit.IsHeldOut(r.Id),
                "heldout" => DataSplit.IsHeldOut(r.Id),
                _ => throw new ArgumentException($"Unknown split '{split}'."),
            }).ToList();

            var scored = rows.Select(r => new Scored(r, LabeledFile.ParseIntent(r.Intent), scorer.Score(LabeledFile.ToRequest(r), profile))).ToList();
            Console.WriteLine(EvaluationReport.Render(scored, $"{Path.GetFileName(file)}, {SplitName(split)}, threshold {profile.Threshold}"));
            if (args.Flag("errors"))
            {
                Console.WriteLine(EvaluationReport.Errors(scored));
            }
        }

        return 0;
    }

    private static string SplitName(string split) => split switch
    {
        "heldout" => "held-out part (never trained or tuned on)",
        "train" => "training part",
        _ => "all rows",
    };
}
