namespace LeadsNotLikes.Cli;

/// <summary>
/// The fixed split of a labeled file, decided by a hash of each row's id (so it does not depend on row
/// order and new rows fall on a side by themselves): a quarter is held out and never trained on.
/// </summary>
internal static class DataSplit
{
    public const int Folds = 5;

    public static bool IsHeldOut(string id) => Hash(id, 0) % 4 == 0;

    /// <summary>Cross-validation fold (0 to <see cref="Folds"/> - 1), independent of the held-out split.</summary>
    public static int Fold(string id) => (int)(Hash(id, 1) % Folds);

    /// <summary>FNV-1a over the id's UTF-16 code units, salted, then mixed so the low bits are uniform.</summary>
    private static uint Hash(string id, uint salt)
    {
        var hash = 2166136261u ^ (salt * 0x9E3779B9u);
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        return hash ^ (hash >> 16);
    }
}
