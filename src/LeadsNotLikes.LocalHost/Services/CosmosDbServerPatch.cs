namespace LeadsNotLikes.LocalHost.Services;

/// <summary>
/// Fixes in the local Cosmos DB server, each pinned to the version in the lockfile; a fix whose original text is gone
/// fails loudly rather than silently running unpatched:
/// <list type="bullet">
/// <item>@vercel/cosmosdb-server 1.0.1 answers a point read of a missing document with 500 ("Cannot read properties of
/// undefined") where Cosmos DB answers 404: one line makes it answer 404.</item>
/// <item>@zeit/cosmosdb-query builds every query's FROM scan, and strips every result list, with
/// <c>reduce((o, v) =&gt; [...o, v])</c>, which copies the list once per element: a query over a container of 45,000
/// documents took 33 s per page. Two lines make both linear (the results are the same).</item>
/// </list>
/// </summary>
public static class CosmosDbServerPatch
{
    private static readonly (string RelativePath, string Original, string Patched)[] Fixes =
    [
        ("node_modules/@vercel/cosmosdb-server/lib/handler/read-document.js",
            "if (data[path] !== clientKeys[i]) {",
            "if (!data || data[path] !== clientKeys[i]) {"),
        ("node_modules/@zeit/cosmosdb-query/lib/index.js",
            "            this._code = code;\n",
            """
                        this._code = code.replace(/\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*(\w+): \1\s*\}\] : \$, \[\]\)/g, (_, d, a) => `$c.filter(${d} => typeof ${d} !== "undefined").map(${d} => ({ ${a}: ${d} }))`); // LeadsNotLikes patch: a linear FROM scan (was quadratic)

            """),
        ("node_modules/@zeit/cosmosdb-query/lib/helpers.js",
            """return obj.reduce((o, v) => (typeof v !== "undefined" ? [...o, exports.stripUndefined(v)] : o), []);""",
            """return obj.filter(v => typeof v !== "undefined").map(v => exports.stripUndefined(v)); // LeadsNotLikes patch: linear (was quadratic)"""),
    ];

    public static void Apply(string servicesDirectory)
    {
        foreach (var (relativePath, original, patched) in Fixes)
        {
            var path = Path.Combine(servicesDirectory, relativePath);
            var source = File.ReadAllText(path);
            if (source.Contains(patched, StringComparison.Ordinal))
            {
                continue;
            }

            if (!source.Contains(original, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Cannot patch {path}: the cosmosdb-server version changed; review {nameof(CosmosDbServerPatch)}.");
            }

            File.WriteAllText(path, source.Replace(original, patched, StringComparison.Ordinal));
        }
    }
}
