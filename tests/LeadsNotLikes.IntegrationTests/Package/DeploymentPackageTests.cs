using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.IntegrationTests.Package;

/// <summary>Runs alone: publishing the package is CPU-heavy and would slow the timing-sensitive tests.</summary>
[CollectionDefinition(nameof(PackageCollection), DisableParallelization = true)]
public sealed class PackageCollection : ICollectionFixture<PublishedPackage>;

/// <summary>
/// The deployment zip the packaging command produces (dotnet publish -p:PublishProfile=Azure), unpacked and started
/// the way the Functions host starts a dotnet-isolated app (worker.config.json: <c>dotnet LeadsNotLikes.Functions.dll</c>
/// with the host's gRPC arguments), then every function called through the host stand-in.
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed class DeploymentPackageTests(PublishedPackage package, ServicesFixture services)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Dictionary<string, string> Settings() => new(services.Services.AppSettings)
    {
        ["Meta__AppSecret"] = "package-test-app-secret-0123",
        ["Meta__VerifyToken"] = "package-test-token",
        ["Smtp__From"] = "digest@leadsnotlikes.example",
        ["Digest__LinkSecret"] = "test-link-secret-0123456789abcdef0123456789",
        ["Cosmos__Database"] = "package-" + Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public void Zip_HoldsWhatTheHostReads_AndNoLocalSettings()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();

        // host.json; worker.config.json tells the host how to start the worker; functions.metadata and extensions.json
        // and the .azurefunctions folder carry the bindings' host extensions (no extension bundle for .NET isolated).
        Assert.Superset(new HashSet<string> { "host.json", "worker.config.json", "functions.metadata", "extensions.json", "LeadsNotLikes.Functions.dll" }, entries);
        Assert.Contains(entries, e => e.StartsWith(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("local.settings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnpackedPackage_StartsAsTheHostStartsIt_AndRunsEveryKindOfFunction()
    {
        var root = package.Extract();
        await using var host = await LocalFunctionsHost.StartAsync(new LocalFunctionsHostOptions
        {
            ScriptRootPath = root,
            Settings = Settings(),
            Port = 0,
            RunTimers = false,
        }, Cancel);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        http.DefaultRequestHeaders.Add("x-functions-key", host.Keys.FunctionKey);

        using var handshake = await http.GetAsync("api/webhooks/meta?hub.mode=subscribe&hub.verify_token=package-test-token&hub.challenge=31337", Cancel);
        using var teams = await http.GetAsync("api/manage/teams", Cancel);
        var scored = await host.RunFunctionAsync("Score", System.Text.Json.JsonSerializer.Serialize(new EngagementEvent
        {
            EventId = "package-test",
            Platform = Platforms.Facebook,
            AccountId = "no-team-owns-this",
            Kind = EngagementKind.Comment,
            Action = EngagementAction.Added,
            PostId = "P",
            ItemId = "C",
            Text = "How much?",
            OccurredAt = DateTimeOffset.UtcNow,
        }, EventJsonContext.Default.EngagementEvent), Cancel);
        var digested = await host.RunFunctionAsync("Digest", null, Cancel);

        Assert.Equal("31337", await handshake.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal("[]", await teams.Content.ReadAsStringAsync(Cancel));
        Assert.True(scored);
        Assert.True(digested);
    }
}

/// <summary>Publishes the package once with the Azure profile (incremental after the first run) into a temporary folder.</summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "lnl-package-" + Guid.NewGuid().ToString("N"));

    public string ZipPath => Path.Combine(_work, "leadsnotlikes-functions.zip");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        var project = Path.Combine(ServicesFixture.RepoRoot, "src", "LeadsNotLikes.Functions");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-p:PublishProfile=Azure", $"-p:PublishDir={_work}/publish/", $"-p:DeploymentZip={ZipPath}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await publish.WaitForExitAsync(timeout.Token);
        if (publish.ExitCode != 0 || !File.Exists(ZipPath))
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    /// <summary>Unzips the package into a fresh folder, keeping Unix modes as a Linux unzip does.</summary>
    public string Extract()
    {
        var root = Path.Combine(_work, "root-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(ZipPath, root);
        return root;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_work, recursive: true);
        return ValueTask.CompletedTask;
    }
}
