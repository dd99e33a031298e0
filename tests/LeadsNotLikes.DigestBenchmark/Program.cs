using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using LeadsNotLikes.Digest;
using LeadsNotLikes.DigestBenchmark;
using LeadsNotLikes.LocalHost.Services;
using LeadsNotLikes.Storage.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Usage: dotnet run -c Release --project tests/LeadsNotLikes.DigestBenchmark -- [posts ...] [--reactions N] [--comments N]
// Default: 500 5000 50000 posts, each with 1,000,000 reactions and 20,000 comments on the day.
var sizes = new List<int>();
int reactions = 1_000_000, comments = 20_000;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--reactions": reactions = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--comments": comments = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture)); break;
    }
}

if (sizes.Count == 0)
{
    sizes = [500, 5_000, 50_000];
}

var repoRoot = typeof(LocalServices).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
await using var services = await LocalServices.StartAsync(repoRoot, LocalServicePorts.Any, line => Console.Error.WriteLine($"[services] {line}"), CancellationToken.None);
Console.WriteLine($"Digest scale benchmark: one team, one day; {reactions:N0} reactions and {comments:N0} comments spread over the posts; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
Console.WriteLine("| Posts | Counter docs | Seed time | Compile (cold) | Compile (warm) | Cosmos ops (cold / warm) | RU reported (warm) | Managed peak (warm) | Allocated (warm) |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
foreach (var posts in sizes)
{
    var result = await DigestScale.RunAsync(services, posts, reactions, comments);
    Console.WriteLine(result);
}
