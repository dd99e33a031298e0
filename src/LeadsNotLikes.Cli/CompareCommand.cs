using System.Globalization;
using System.Text;

namespace LeadsNotLikes.Cli;

/// <summary>
/// <c>compare &lt;dump-dir&gt; --a n --b m [--resamples 2000] [--seed 1]</c>: a paired bootstrap between two columns of
/// one <c>crossfile --dump</c> run. Rows are resampled with replacement within each left-out file (the same rows for
/// both columns); each resample's statistic is the mean over the files of (lead F1 of b − lead F1 of a), as in the
/// crossfile table. Prints the observed difference, the 95% percentile interval, P(&gt; 0), P(≥ +0.01), the rows whose
/// lead decision changed (fixed / broken), and intent right on leads found for both columns.
/// </summary>
internal static class CompareCommand
{
    public const string Usage = "compare <dump-dir> --a n --b m [--resamples 2000] [--seed 1]";

    public static int Run(CommandArgs args)
    {
        if (args.Positional.Count != 1 || args.Value("a") is not { } a || args.Value("b") is not { } b)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var dir = args.Positional[0];
        var resamples = (int)(args.Number("resamples") ?? 2000);
        var random = new Random((int)(args.Number("seed") ?? 1));
        var files = new List<(string Name, Row[] A, Row[] B)>();
        foreach (var pathA in Directory.GetFiles(dir, $"{a}.*.tsv").Order(StringComparer.Ordinal))
        {
            var left = Path.GetFileName(pathA)[(a.Length + 1)..^".tsv".Length];
            var pathB = Path.Combine(dir, $"{b}.{left}.tsv");
            if (!File.Exists(pathB))
            {
                Console.Error.WriteLine($"no column {b} for {left}");
                return 2;
            }

            var rowsA = Read(pathA);
            var rowsB = Read(pathB);
            if (rowsA.Length != rowsB.Length || rowsA.Where((r, i) => r.Id != rowsB[i].Id).Any())
            {
                Console.Error.WriteLine($"{left}: the two columns did not score the same rows");
                return 2;
            }

            files.Add((left, rowsA, rowsB));
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine($"no dumps of column {a} in {dir}");
            return 2;
        }

        var observed = files.Average(f => F1(f.B, null) - F1(f.A, null));
        var differences = new double[resamples];
        for (var s = 0; s < resamples; s++)
        {
            var sum = 0.0;
            foreach (var (_, rowsA, rowsB) in files)
            {
                var pick = new int[rowsA.Length];
                for (var i = 0; i < pick.Length; i++)
                {
                    pick[i] = random.Next(rowsA.Length);
                }

                sum += F1(rowsB, pick) - F1(rowsA, pick);
            }

            differences[s] = sum / files.Count;
        }

        Array.Sort(differences);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"column {b} − column {a}, mean lead F1 over {files.Count} left-out files: {observed:+0.0000;-0.0000}\n");
        sb.Append(CultureInfo.InvariantCulture, $"paired bootstrap, {resamples} resamples within each file: 95% interval {differences[(int)(0.025 * resamples)]:+0.0000;-0.0000} … {differences[Math.Min((int)(0.975 * resamples), resamples - 1)]:+0.0000;-0.0000}, ");
        sb.Append(CultureInfo.InvariantCulture, $"P(> 0) {differences.Count(d => d > 0) / (double)resamples:0.00}, P(≥ +0.01) {differences.Count(d => d >= 0.01) / (double)resamples:0.00}\n");
        foreach (var (name, rowsA, rowsB) in files)
        {
            var fixedRows = rowsA.Where((r, i) => r.Predicted != r.Gold && rowsB[i].Predicted == r.Gold).Count();
            var broken = rowsA.Where((r, i) => r.Predicted == r.Gold && rowsB[i].Predicted != r.Gold).Count();
            var (rightA, foundA) = IntentRight(rowsA);
            var (rightB, foundB) = IntentRight(rowsB);
            sb.Append(CultureInfo.InvariantCulture, $"{name}: lead F1 {F1(rowsA, null):0.000} → {F1(rowsB, null):0.000}, lead decision fixed {fixedRows} / broken {broken}, intent right {rightA} of {foundA} → {rightB} of {foundB}\n");
        }

        var all = files.Select(f => (Fixed: f.A.Where((r, i) => r.Predicted != r.Gold && f.B[i].Predicted == r.Gold).Count(), Broken: f.A.Where((r, i) => r.Predicted == r.Gold && f.B[i].Predicted != r.Gold).Count())).ToList();
        var intentA = files.Select(f => IntentRight(f.A)).Aggregate((x, y) => (x.Right + y.Right, x.Found + y.Found));
        var intentB = files.Select(f => IntentRight(f.B)).Aggregate((x, y) => (x.Right + y.Right, x.Found + y.Found));
        sb.Append(CultureInfo.InvariantCulture, $"all files: lead decision fixed {all.Sum(x => x.Fixed)} / broken {all.Sum(x => x.Broken)}; intent right on leads found {intentA.Right} of {intentA.Found} ({(double)intentA.Right / Math.Max(intentA.Found, 1):0.000}) → {intentB.Right} of {intentB.Found} ({(double)intentB.Right / Math.Max(intentB.Found, 1):0.000})\n");
        Console.Write(sb.ToString());
        return 0;
    }

    private static Row[] Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(p => new Row(p[0], p[2] == "1", p[3] == "1", p[4], p[5]))];

    private static double F1(Row[] rows, int[]? pick)
    {
        int tp = 0, fp = 0, fn = 0;
        var count = pick?.Length ?? rows.Length;
        for (var k = 0; k < count; k++)
        {
            var r = rows[pick is null ? k : pick[k]];
            tp += r.Gold && r.Predicted ? 1 : 0;
            fp += !r.Gold && r.Predicted ? 1 : 0;
            fn += r.Gold && !r.Predicted ? 1 : 0;
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2 * tp) + fp + fn);
    }

    private static (int Right, int Found) IntentRight(Row[] rows) =>
        (rows.Count(r => r.Gold && r.Predicted && r.GoldIntent == r.PredictedIntent), rows.Count(r => r.Gold && r.Predicted));

    private sealed record Row(string Id, bool Gold, bool Predicted, string GoldIntent, string PredictedIntent);
}
