using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The custom handler's process, started as the Functions host starts it (azure-facts.md A.2): a free port in
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, the app settings as environment variables, <c>%NAME%</c>-expanded
/// arguments joined with spaces, the working directory under the script root; ready once <c>GET /</c> answers.
/// </summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    /// <summary>
    /// How long the handler may take to answer its first request: the host's default InitializationTimeout, and the
    /// Flex Consumption app-initialisation limit (the docs for other plans allow 60 seconds).
    /// </summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;

    private HandlerProcess(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    public bool HasExited => _process.HasExited;

    public static async Task<HandlerProcess> StartAsync(ScriptRoot root, AppSettings settings, Action<string> output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var port = FreePort();
        var workerVariables = new Dictionary<string, string>
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FUNCTIONS_CUSTOMHANDLER_WORKER_ID"] = Guid.NewGuid().ToString(),
            ["FUNCTIONS_APP_ROOT_PATH"] = root.Path,
        };

        var workingDirectory = Path.GetFullPath(Path.Combine(root.Path, root.Handler.WorkingDirectory));
        var relative = Path.Combine(workingDirectory, root.Handler.DefaultExecutablePath);
        var executable = File.Exists(relative) ? relative : root.Handler.DefaultExecutablePath; // otherwise a command on PATH
        var start = new ProcessStartInfo(executable, string.Join(' ', root.Handler.Arguments.Select(a => settings.Expand(a, workerVariables))))
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in settings.Values.Concat(workerVariables))
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{executable}'.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output("[stderr] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var handler = new HandlerProcess(process, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => handler.Kill(); // never leave a handler holding its port
        try
        {
            await handler.WaitUntilReadyAsync(cancellationToken);
        }
        catch
        {
            await handler.DisposeAsync();
            throw;
        }

        return handler;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone, or disposed.
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The custom handler exited with code {_process.ExitCode} before it was ready; its output is above.");
            }

            try
            {
                using var response = await http.GetAsync(BaseUri, cancellationToken);
                return; // any HTTP answer means ready, as for the host
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow answer during start-up: try again.
            }
        }

        throw new TimeoutException($"The custom handler did not answer GET / on port {Port} within {StartupTimeout.TotalSeconds} seconds.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
