using System.Reflection;
using LeadsNotLikes.LocalHost.Demo;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Services;

namespace LeadsNotLikes.LocalHost;

/// <summary>
/// Runs the whole pipeline locally: the services, the function app (the isolated worker), and this stand-in for the Functions host.
/// <c>--demo</c> then sends yesterday's signed sample webhooks and runs the digest; <c>--measure N</c> measures
/// webhook-to-lead latency with N webhooks and exits; <c>--no-services</c> uses the endpoints in local.settings.json
/// instead of starting the local services; <c>--port N</c> sets the host port. <c>--load [--soak-minutes M]</c> runs the
/// load benchmark on a stack of its own and exits.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var repoRoot = Metadata("RepoRoot");
        if (args.Contains("--load"))
        {
            // The load benchmark starts a stack of its own on free ports (see BENCHMARKS.md).
            var soak = args.SkipWhile(a => a != "--soak-minutes").Skip(1).Select(double.Parse).FirstOrDefault();
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
            var events = args.SkipWhile(a => a != "--events").Skip(1).Select(int.Parse).FirstOrDefault(2000);
            var perLevel = args.Contains("--no-ingest") ? TimeSpan.Zero : TimeSpan.FromSeconds(10);
            await new Load.LoadRun(repoRoot, Metadata("ScriptRoot"), Console.WriteLine)
                .RunAsync(perLevel, events, TimeSpan.FromMinutes(soak), cancel.Token);
            return 0;
        }

        var demo = args.Contains("--demo");
        var measure = args.SkipWhile(a => a != "--measure").Skip(1).Select(int.Parse).FirstOrDefault();
        var startServices = !args.Contains("--no-services");
        var port = args.SkipWhile(a => a != "--port").Skip(1).Select(int.Parse).FirstOrDefault(7071);

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));

        var settings = LocalSettingsFile.LoadOrCreate(Path.Combine(repoRoot, "local.settings.json"));
        await using var services = startServices
            ? await LocalServices.StartAsync(repoRoot, LocalServicePorts.Standard, Console.WriteLine, stop.Token,
                azuriteDataPath: Path.Combine(repoRoot, ".local", "azurite")) // queued events survive a restart; Cosmos DB data does not
            : null;
        foreach (var (name, value) in services?.AppSettings ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        await using var host = await LocalFunctionsHost.StartAsync(new LocalFunctionsHostOptions
        {
            ScriptRootPath = Metadata("ScriptRoot"),
            Settings = settings,
            Port = port,
            LoggerFactory = loggers,
            WorkerOutput = line =>
            {
                if (line.Level >= LogLevel.Information)
                {
                    Console.WriteLine($"[worker] {line}");
                }
            },
        }, stop.Token);

        PrintBanner(host, services);
        if (demo)
        {
            var runner = new DemoRunner(host.BaseUri, host.Keys, settings["Meta__AppSecret"], services?.MailUri ?? new Uri("http://127.0.0.1:1080/"),
                line => Console.WriteLine($"[demo] {line}"));
            await runner.RunAsync(TimeProvider.System, stop.Token);
        }

        if (measure > 0)
        {
            await new LatencyProbe(host.BaseUri, host.Keys, settings["Meta__AppSecret"], line => Console.WriteLine($"[measure] {line}"))
                .RunAsync(measure, stop.Token);
            return 0;
        }

        Console.WriteLine("Running. Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping.");
        }

        return 0;
    }

    private static void PrintBanner(LocalFunctionsHost host, LocalServices? services)
    {
        Console.WriteLine();
        Console.WriteLine("LeadsNotLikes is running on the local Functions host stand-in.");
        foreach (var function in host.Functions)
        {
            var where = function.Trigger switch
            {
                TriggerKind.Http => $"{new Uri(host.BaseUri, function.Route!.TrimStart('/'))} (auth: {function.AuthLevel})",
                TriggerKind.Queue => $"queue '{function.QueueName}'",
                _ => $"schedule '{function.Schedule}' (UTC)",
            };
            Console.WriteLine($"  {function.Name,-12} {function.Trigger,-6} {where}");
        }

        Console.WriteLine($"  Send Meta webhooks to {host.BaseUri}api/webhooks/meta, signed with Meta__AppSecret from local.settings.json.");
        Console.WriteLine($"  Manage API key (x-functions-key): {host.Keys.FunctionKey}   master key (admin): {host.Keys.MasterKey}");
        if (services is not null)
        {
            Console.WriteLine($"  Read digest emails at {services.MailUri}   (Azurite queue :{services.Ports.Queue}, Cosmos DB server {services.CosmosEndpoint})");
        }

        Console.WriteLine();
    }

    private static string Metadata(string key) =>
        typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
