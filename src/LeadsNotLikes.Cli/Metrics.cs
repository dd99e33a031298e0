namespace LeadsNotLikes.Cli;

/// <summary>True/false positives and false negatives, and the precision, recall and F1 they give.</summary>
internal readonly record struct Metrics(int TruePositives, int FalsePositives, int FalseNegatives, int Support)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Metrics Of<T>(IEnumerable<T> items, Func<T, bool> gold, Func<T, bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0, n = 0;
        foreach (var item in items)
        {
            var g = gold(item);
            var p = predicted(item);
            n += g ? 1 : 0;
            tp += g && p ? 1 : 0;
            fp += !g && p ? 1 : 0;
            fn += g && !p ? 1 : 0;
        }

        return new Metrics(tp, fp, fn, n);
    }
}
