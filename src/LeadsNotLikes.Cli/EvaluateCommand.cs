using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary><c>evaluate &lt;file.jsonl&gt; [--split all|train|heldout] [--threshold N] [--errors]</c></summary>
internal static class EvaluateCommand
{
    public static int Run(CommandArgs args)
    {
        if (args.Positional.Count != 1)
        {
            Console.Error.WriteLine("usage: evaluate <file.jsonl> [--split all|train|heldout] [--threshold N] [--errors]");
            return 2;
        }

        var split = args.Value("split") ?? "all";
        var rows = LabeledFile.Read(args.Positional[0]).Where(r => split switch
        {
            "all" => true,
            "train" => !DataSplit.IsHeldOut(r.Id),
            "heldout" => DataSplit.IsHeldOut(r.Id),
            _ => throw new ArgumentException($"Unknown split '{split}'."),
        }).ToList();

        var profile = new ScoringProfile { Threshold = (int)(args.Number("threshold") ?? ScoringProfile.DefaultThreshold) };
        var scorer = new LeadScorer();
        var scored = rows.Select(r => new Scored(r, LabeledFile.ParseIntent(r.Intent), scorer.Score(LabeledFile.ToRequest(r), profile))).ToList();
        Console.WriteLine(EvaluationReport.Render(scored, $"{Path.GetFileName(args.Positional[0])}, split {split}, threshold {profile.Threshold}"));
        if (args.Flag("errors"))
        {
            Console.WriteLine(EvaluationReport.Errors(scored));
        }

        return 0;
    }
}
