using System.Diagnostics;
using System.Globalization;
using System.Text;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary>
/// <c>crossfile &lt;file.jsonl&gt;... --leave-out name,name [--l2 λ,λ] [--intent-l2 λ] [--lexical-l2 λ,λ]
/// [--lexical-intent-l2 λ,λ] [--min-count n] [--stagewise] [--iterations n] [--parallel n] [--reports] [--dump dir]</c>: leave-one-file-out. For each left-out file, trains
/// on the training parts of all the other files (fixed hash split; the left-out file not at all) and scores the
/// left-out file whole. Files written by different authors stand in for a blind set far better than random folds
/// over pooled rows, which share each writer's phrasing. Compares the cue-only model with the cue model plus the
/// lexical back-off at each strength given (cue weights are retrained in every fold for every variant; the cue
/// lists are not, and were written while studying these files, so every variant's figure is optimistic about the
/// cues alike).
/// </summary>
internal static class CrossFileCommand
{
    public const string Usage = "crossfile <file.jsonl>... --leave-out name,name [--l2 λ,λ] [--intent-l2 λ] [--lexical-l2 λ,λ] [--lexical-intent-l2 λ,λ] [--min-count n] [--stagewise] [--iterations n] [--parallel n] [--reports] [--dump dir]";

    public static int Run(CommandArgs args)
    {
        var leaveOut = (args.Value("leave-out") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (args.Positional.Count < 2 || leaveOut.Length == 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var files = args.Positional.Select(f => (Name: Path.GetFileName(f), Rows: LabeledFile.Read(f))).ToList();
        var missing = leaveOut.Where(l => files.All(f => f.Name != l)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"not among the files: {string.Join(", ", missing)}");
            return 2;
        }

        var l2s = Numbers(args.Value("l2")).DefaultIfEmpty(1).ToList();
        var intentL2 = args.Number("intent-l2") ?? 1;
        var minCount = (int)(args.Number("min-count") ?? 2);
        var iterations = (int)(args.Number("iterations") ?? 4000);

        // One cue-only column per cue l2, then the lexical columns (at the first cue l2).
        var l2 = l2s[0];
        var variants = l2s.Select(x => (Name: l2s.Count == 1 ? "cue-only" : Invariant($"cue-only l2 {x}"), L2: x, Options: (LexicalOptions?)null)).ToList();
        foreach (var lexicalL2 in Numbers(args.Value("lexical-l2")))
        {
            variants.Add((Invariant($"+lexical λ={lexicalL2}{(args.Flag("stagewise") ? " stagewise" : string.Empty)}"), l2, new LexicalOptions(lexicalL2, minCount, Stagewise: args.Flag("stagewise"))));
            foreach (var lexicalIntentL2 in Numbers(args.Value("lexical-intent-l2")))
            {
                variants.Add((Invariant($"+lexical λ={lexicalL2}, intent λ={lexicalIntentL2}{(args.Flag("stagewise") ? " stagewise" : string.Empty)}"), l2, new LexicalOptions(lexicalL2, minCount, Intent: true, IntentL2: lexicalIntentL2, Stagewise: args.Flag("stagewise"))));
            }
        }

        Console.WriteLine(Invariant($"Leave-one-file-out: cue l2 = {string.Join(", ", l2s)}, intent l2 = {intentL2}, {iterations} iterations, lexical grams seen in ≥ {minCount} training texts.\n"));

        // Every (left-out file, column) pair is one training run; --parallel n runs n at a time (deterministic either way).
        var trainSets = leaveOut.Select(left => files.Where(f => f.Name != left).SelectMany(f => f.Rows.Where(r => !DataSplit.IsHeldOut(r.Id))).Select(LabeledFile.ToExample).ToList()).ToList();
        var results = new List<Scored>[variants.Count, leaveOut.Length];
        var jobs = Enumerable.Range(0, leaveOut.Length).SelectMany(f => Enumerable.Range(0, variants.Count).Select(v => (F: f, V: v))).ToList();
        var gate = new object();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = (int)(args.Number("parallel") ?? 1) }, job =>
        {
            var (f, v) = job;
            var left = leaveOut[f];
            var clock = Stopwatch.StartNew();
            var model = LeadModelTrainer.Train(trainSets[f], variants[v].L2, iterations, intentL2: intentL2, lexical: variants[v].Options);
            var result = Scored.All(new LeadScorer(model), files.First(x => x.Name == left).Rows);
            results[v, f] = result;
            var lexicalWeights = model.Weights.Keys.Count(k => k.StartsWith(LeadModel.LexicalPrefix, StringComparison.Ordinal));
            var lexicalIntentWeights = model.Weights.Keys.Count(k => k.StartsWith(LeadModel.IntentPrefix, StringComparison.Ordinal) && k.Contains(LeadModel.LexicalPrefix, StringComparison.Ordinal));
            if (args.Value("dump") is { } dump)
            {
                // One line per row (id, language, gold lead, predicted lead, gold intent, predicted intent), for paired comparisons.
                Directory.CreateDirectory(dump);
                File.WriteAllLines(Path.Combine(dump, $"{v}.{left}.tsv"), result.Select(s => $"{s.Row.Id}\t{s.Row.Lang}\t{(s.Row.Lead ? 1 : 0)}\t{(s.Result.IsLead ? 1 : 0)}\t{LeadModel.IntentName(s.Gold)}\t{LeadModel.IntentName(s.Result.Intent)}"));
            }

            lock (gate)
            {
                Console.WriteLine(Invariant($"{left} left out, column {v} {variants[v].Name}: trained on {trainSets[f].Count} rows in {clock.Elapsed.TotalSeconds:0.0} s, {lexicalWeights} lexical lead weights, {lexicalIntentWeights} lexical intent weights; lead F1 {Scored.LeadF1(result):0.000}"));
            }
        });

        // scored[variant][left-out file]
        var scored = Enumerable.Range(0, variants.Count).Select(v => Enumerable.Range(0, leaveOut.Length).Select(f => results[v, f]).ToList()).ToList();
        if (args.Flag("reports"))
        {
            for (var f = 0; f < leaveOut.Length; f++)
            {
                for (var v = 0; v < variants.Count; v++)
                {
                    Console.WriteLine(EvaluationReport.Render(scored[v][f], $"{leaveOut[f]} (left out, whole file), {variants[v].Name}"));
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(Summary(leaveOut, variants.Select(v => v.Name).ToList(), scored));
        return 0;
    }

    private static string Summary(string[] leaveOut, List<string> variants, List<List<List<Scored>>> scored)
    {
        var sb = new StringBuilder();
        sb.Append("| left-out file (whole) | rows | leads |");
        foreach (var v in variants)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {v} F1 (P / R) |");
        }

        sb.Append("\n|---|---:|---:|").Append(string.Concat(Enumerable.Repeat("---:|", variants.Count))).Append('\n');
        for (var f = 0; f < leaveOut.Length; f++)
        {
            var rows = scored[0][f];
            sb.Append(CultureInfo.InvariantCulture, $"| {leaveOut[f]} | {rows.Count} | {rows.Count(s => s.Row.Lead)} |");
            foreach (var byFile in scored)
            {
                var m = Metrics.Of(byFile[f], s => s.Row.Lead, s => s.Result.IsLead);
                sb.Append(CultureInfo.InvariantCulture, $" {m.F1:0.000} ({m.Precision:0.00} / {m.Recall:0.00}) |");
            }

            sb.Append('\n');
        }

        sb.Append("| **mean over left-out files** | | |");
        foreach (var byFile in scored)
        {
            sb.Append(CultureInfo.InvariantCulture, $" **{byFile.Average(Scored.LeadF1):0.000}** |");
        }

        sb.Append("\n| all left-out rows pooled | | |");
        foreach (var byFile in scored)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {Scored.LeadF1([.. byFile.SelectMany(x => x)]):0.000} |");
        }

        var languages = scored[0].SelectMany(x => x).Select(s => s.Row.Lang).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var lang in languages)
        {
            var pooled = scored[0].SelectMany(x => x).Where(s => s.Row.Lang == lang).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"\n| {lang} (pooled) | {pooled.Count} | {pooled.Count(s => s.Row.Lead)} |");
            foreach (var byFile in scored)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {Scored.LeadF1([.. byFile.SelectMany(x => x).Where(s => s.Row.Lang == lang)]):0.000} |");
            }
        }

        for (var f = 0; f < leaveOut.Length; f++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n| intent right on leads found, {leaveOut[f]} | | |");
            foreach (var byFile in scored)
            {
                var (right, found) = Scored.IntentOnLeadsFound(byFile[f]);
                sb.Append(CultureInfo.InvariantCulture, $" {right} of {found} |");
            }
        }

        sb.Append("\n| intent right on leads found (pooled) | | |");
        foreach (var byFile in scored)
        {
            var (right, found) = Scored.IntentOnLeadsFound(byFile.SelectMany(x => x));
            sb.Append(CultureInfo.InvariantCulture, $" {right} of {found} ({(found == 0 ? 0 : (double)right / found):0.000}) |");
        }

        sb.Append("\n| intent macro-F1 over the 7 intents (pooled) | | |");
        foreach (var byFile in scored)
        {
            var all = byFile.SelectMany(x => x).ToList();
            var macro = Enum.GetValues<LeadIntent>().Where(i => i != LeadIntent.None)
                .Average(i => Metrics.Of(all, s => s.Gold == i, s => s.Result.Intent == i).F1);
            sb.Append(CultureInfo.InvariantCulture, $" {macro:0.000} |");
        }

        return sb.Append('\n').ToString();
    }

    private static IEnumerable<double> Numbers(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
