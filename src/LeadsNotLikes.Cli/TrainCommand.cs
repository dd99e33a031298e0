using System.Globalization;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary>
/// <c>train &lt;file.jsonl&gt;... [--l2 λ] [--intent-l2 λ] [--lexical-l2 λ] [--lexical-intent-l2 λ] [--out LeadWeights.cs] [--errors]</c>:
/// pools the training parts of every file (a team's exported "not a lead" / "missed lead" rows are one more file),
/// picks the regularization by cross-validation inside that pool, trains on it, writes the weights, and reports the
/// held-out part of each file separately from the cross-validation. Held-out rows are never trained on. With
/// <c>--lexical-l2</c> the weights include the lexical back-off (<c>lex:</c> grams, see <see cref="LexicalLayer"/>;
/// with <c>--lexical-intent-l2</c> the grams also vote in the intent decision); pass <c>--l2</c> and
/// <c>--intent-l2</c> then, the grid search is for the cue-only model.
/// </summary>
internal static class TrainCommand
{
    public const string Usage = "train <file.jsonl>... [--l2 λ] [--intent-l2 λ] [--lexical-l2 λ] [--lexical-intent-l2 λ] [--stagewise] [--min-count n] [--iterations n] [--out path/LeadWeights.cs] [--errors]";

    private static readonly double[] L2Grid = [0.3, 1, 2, 4, 8];

    public static int Run(CommandArgs args)
    {
        if (args.Positional.Count == 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var files = args.Positional.Select(f => (Name: Path.GetFileName(f), Rows: LabeledFile.Read(f))).ToList();
        var train = files.SelectMany(f => f.Rows.Where(r => !DataSplit.IsHeldOut(r.Id))).ToList();
        foreach (var (name, rows) in files)
        {
            Console.WriteLine($"{name}: {rows.Count} rows, {rows.Count(r => !DataSplit.IsHeldOut(r.Id))} to train on, {rows.Count(r => DataSplit.IsHeldOut(r.Id))} held out.");
        }

        Console.WriteLine();
        var l2 = args.Number("l2") ?? Pick("l2", candidate => Scored.LeadF1(CrossValidate(train, candidate, 1)));
        var intentL2 = args.Number("intent-l2") ?? Pick("intent-l2", candidate => IntentAccuracy(CrossValidate(train, l2, candidate)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nusing l2 = {l2}, intent-l2 = {intentL2}\n"));

        var iterations = (int)(args.Number("iterations") ?? 4000);
        var lexical = args.Number("lexical-l2") is { } lexicalL2
            ? new LexicalOptions(lexicalL2, (int)(args.Number("min-count") ?? 2), Intent: args.Flag("lexical-intent-l2"), IntentL2: args.Number("lexical-intent-l2") ?? 8, Stagewise: args.Flag("stagewise"))
            : null;
        if (lexical is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lexical back-off: λ = {lexical.L2}, grams in ≥ {lexical.MinCount} training texts{(lexical.Intent ? $", voting in intent with λ = {lexical.IntentL2}" : string.Empty)}; {iterations} iterations\n"));
        }

        var model = LeadModelTrainer.Train([.. train.Select(LabeledFile.ToExample)], l2, iterations, intentL2: intentL2, lexical: lexical);
        var scorer = new LeadScorer(model);

        // The weights first: the cross-validation below retrains five times and takes longer than the fit.
        var output = args.Value("out") ?? DefaultOutput();
        File.WriteAllText(output, WeightsSource(model));
        Console.WriteLine($"Weights written to {output}.\n");
        var crossValidated = CrossValidate(train, l2, intentL2, iterations, lexical);
        Console.WriteLine(EvaluationReport.Render(crossValidated, $"{DataSplit.Folds}-fold cross-validation over the training parts of all files (weights retrained per fold, cue lists not)"));
        foreach (var (name, rows) in files.Where(_ => files.Count > 1))
        {
            var ids = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            Console.WriteLine(EvaluationReport.Render([.. crossValidated.Where(s => ids.Contains(s.Row.Id))], $"the same cross-validation, {name}'s training part only"));
        }

        foreach (var (name, rows) in files)
        {
            var heldOut = Scored.All(scorer, [.. rows.Where(r => DataSplit.IsHeldOut(r.Id))]);
            Console.WriteLine(EvaluationReport.Render(heldOut, $"{name}, held-out part (never trained on)"));
            if (args.Flag("errors"))
            {
                Console.WriteLine(EvaluationReport.Errors(heldOut));
            }
        }

        return 0;
    }

    private static double Pick(string name, Func<double, double> quality)
    {
        var best = (L2: L2Grid[0], Quality: double.MinValue);
        foreach (var candidate in L2Grid)
        {
            var q = quality(candidate);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {candidate}: cross-validated {q:0.000}"));
            best = q > best.Quality ? (candidate, q) : best;
        }

        return best.L2;
    }

    private static List<Scored> CrossValidate(IReadOnlyList<LabeledRow> rows, double l2, double intentL2, int iterations = 4000, LexicalOptions? lexical = null)
    {
        var scored = new List<Scored>(rows.Count);
        for (var fold = 0; fold < DataSplit.Folds; fold++)
        {
            var model = LeadModelTrainer.Train([.. rows.Where(r => DataSplit.Fold(r.Id) != fold).Select(LabeledFile.ToExample)], l2, iterations, intentL2: intentL2, lexical: lexical);
            scored.AddRange(Scored.All(new LeadScorer(model), [.. rows.Where(r => DataSplit.Fold(r.Id) == fold)]));
        }

        return scored;
    }

    private static double IntentAccuracy(IReadOnlyList<Scored> scored)
    {
        var (right, found) = Scored.IntentOnLeadsFound(scored);
        return found == 0 ? 0 : (double)right / found;
    }

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

            /// <summary>
            /// The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>): lead weights, then the intent weights
            /// (<c>intent:&lt;intent&gt;:&lt;feature&gt;</c>). Written by <c>LeadsNotLikes.Cli train</c>.
            /// </summary>
            internal static class LeadWeights
            {
                public const string Tsv = """
            {{string.Join('\n', lines)}}
                    """;
            }

            """";
    }
}
