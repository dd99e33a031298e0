using System.Globalization;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary>
/// <c>train &lt;file.jsonl&gt; [--l2 λ] [--out LeadWeights.cs] [--errors]</c>: picks the regularization by
/// cross-validation on the training part, trains on the training part only, writes the weights, and reports
/// on the held-out part and on out-of-fold predictions.
/// </summary>
internal static class TrainCommand
{
    private static readonly double[] L2Grid = [0.3, 1, 2, 4, 8];

    public static int Run(CommandArgs args)
    {
        if (args.Positional.Count != 1)
        {
            Console.Error.WriteLine("usage: train <file.jsonl> [--l2 λ] [--out path/LeadWeights.cs] [--errors]");
            return 2;
        }

        var rows = LabeledFile.Read(args.Positional[0]);
        var train = rows.Where(r => !DataSplit.IsHeldOut(r.Id)).ToList();
        var heldOut = rows.Where(r => DataSplit.IsHeldOut(r.Id)).ToList();
        Console.WriteLine($"{rows.Count} rows: {train.Count} to train on, {heldOut.Count} held out.\n");

        var l2 = args.Number("l2") ?? L2Grid.MaxBy(l => F1(CrossValidate(train, l)));
        foreach (var candidate in args.Number("l2") is null ? L2Grid : [])
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"l2 {candidate}: cross-validated F1 on the training part {F1(CrossValidate(train, candidate)):0.000}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nusing l2 = {l2}\n"));
        var model = LeadModelTrainer.Train([.. train.Select(LabeledFile.ToExample)], l2);
        var heldOutScored = Score(new LeadScorer(model), heldOut);
        Console.WriteLine(EvaluationReport.Render(heldOutScored, "Held-out part (never trained on)"));
        Console.WriteLine(EvaluationReport.Render(CrossValidate(rows, l2), $"{DataSplit.Folds}-fold cross-validation over all rows (weights retrained per fold)"));
        if (args.Flag("errors"))
        {
            Console.WriteLine(EvaluationReport.Errors(heldOutScored));
        }

        var output = args.Value("out") ?? DefaultOutput();
        File.WriteAllText(output, WeightsSource(model));
        Console.WriteLine($"Weights written to {output}:\n\n{model.ToTsv()}");
        return 0;
    }

    private static List<Scored> CrossValidate(IReadOnlyList<LabeledRow> rows, double l2)
    {
        var scored = new List<Scored>(rows.Count);
        for (var fold = 0; fold < DataSplit.Folds; fold++)
        {
            var model = LeadModelTrainer.Train([.. rows.Where(r => DataSplit.Fold(r.Id) != fold).Select(LabeledFile.ToExample)], l2);
            scored.AddRange(Score(new LeadScorer(model), [.. rows.Where(r => DataSplit.Fold(r.Id) == fold)]));
        }

        return scored;
    }

    private static List<Scored> Score(LeadScorer scorer, IReadOnlyList<LabeledRow> rows) =>
        [.. rows.Select(r => new Scored(r, LabeledFile.ParseIntent(r.Intent), scorer.Score(LabeledFile.ToRequest(r))))];

    private static double F1(IReadOnlyList<Scored> scored) => Metrics.Of(scored, s => s.Row.Lead, s => s.Result.IsLead).F1;

    private static string DefaultOutput()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("Run from inside the repository or pass --out.")
            : Path.Combine(dir.FullName, "src", "LeadsNotLikes.Core", "Scoring", "Data", "LeadWeights.cs");
    }

    private static string WeightsSource(LeadModel model)
    {
        var lines = model.ToTsv().TrimEnd('\n').Split('\n').Select(l => "        " + l);
        return $$""""
            namespace LeadsNotLikes.Scoring;

            /// <summary>The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>), written by <c>LeadsNotLikes.Cli train</c>.</summary>
            internal static class LeadWeights
            {
                public const string Tsv = """
            {{string.Join('\n', lines)}}
                    """;
            }

            """";
    }
}
