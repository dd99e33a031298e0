namespace LeadsNotLikes.LocalHost.Services;

/// <summary>
/// @vercel/cosmosdb-server 1.0.1 answers a point read of a missing document with 500 ("Cannot read properties of
/// undefined") where Cosmos DB answers 404. This one-line fix makes it answer 404. It is pinned to the version in
/// the lockfile and fails loudly if that file ever changes, rather than silently running unpatched.
/// </summary>
public static class CosmosDbServerPatch
{
    private const string RelativePath = "node_modules/@vercel/cosmosdb-server/lib/handler/read-document.js";
    private const string Original = "if (data[path] !== clientKeys[i]) {";
    private const string Patched = "if (!data || data[path] !== clientKeys[i]) {";

    public static void Apply(string servicesDirectory)
    {
        var path = Path.Combine(servicesDirectory, RelativePath);
        var source = File.ReadAllText(path);
        if (source.Contains(Patched, StringComparison.Ordinal))
        {
            return;
        }

        if (!source.Contains(Original, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot patch {path}: the cosmosdb-server version changed; review {nameof(CosmosDbServerPatch)}.");
        }

        File.WriteAllText(path, source.Replace(Original, Patched, StringComparison.Ordinal));
    }
}
