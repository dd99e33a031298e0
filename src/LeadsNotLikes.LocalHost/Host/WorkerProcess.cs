using System.Diagnostics;
using System.Globalization;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The worker's process, started as the Functions host starts a dotnet-isolated worker (isolated-worker-facts.md
/// 1.2): <c>dotnet "&lt;app&gt;.dll"</c> with the host's arguments, the working directory = the script root, the
/// host's environment plus the app settings and the worker variables; stdout and stderr captured line by line.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    /// <summary>The host always passes <c>int.MaxValue</c>; without it the worker's gRPC message limit would be 0.</summary>
    internal const string MaxMessageLength = "2147483647";

    private readonly Process _process;
    private readonly EventHandler _onProcessExit;

    private WorkerProcess(Process process)
    {
        _process = process;
        Id = process.Id;
        Exited = WaitForExitAsync(process);
        _onProcessExit = (_, _) => Kill(); // never leave a worker behind when this process ends
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    public int Id { get; }

    /// <summary>Completes with the exit code when the process ends, for whatever reason.</summary>
    public Task<int> Exited { get; }

    public bool HasExited => Exited.IsCompleted;

    public static WorkerProcess Start(ProcessStartInfo start, Action<WorkerLogLine> output)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(output);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Forward(e.Data, LogLevel.Information, "stdout", output);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, LogLevel.Error, "stderr", output);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start '{start.FileName}'.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    /// <summary>The start info the host builds: executable, arguments, working directory, environment.</summary>
    public static ProcessStartInfo StartInfo(ScriptRoot root, IReadOnlyDictionary<string, string> settings, Uri rpcUri, string workerId, string requestId)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rpcUri);
        var start = new ProcessStartInfo(root.Worker.ExecutablePath)
        {
            WorkingDirectory = root.Path,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            root.Worker.WorkerPath,
            "--host", rpcUri.Host,
            "--port", rpcUri.Port.ToString(CultureInfo.InvariantCulture),
            "--workerId", workerId,
            "--requestId", requestId,
            "--grpcMaxMessageLength", MaxMessageLength,
            "--functions-uri", rpcUri.AbsoluteUri,
            "--functions-worker-id", workerId,
            "--functions-request-id", requestId,
            "--functions-grpc-max-message-length", MaxMessageLength,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child inherits this process's environment (as the host's worker inherits the host's), then the app
        // settings (Core Tools puts local.settings.json Values into the environment), then what the host sets.
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = root.Path;
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = root.Path;
        start.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = settings.GetValueOrDefault("AZURE_FUNCTIONS_ENVIRONMENT") ?? "Development";
        start.Environment["DOTNET_NOLOGO"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "true";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "true";
        return start;
    }

    /// <summary>Kills the process (and any children) now; a no-op once it has exited.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Waits up to <paramref name="grace"/> for the process to exit by itself, then kills it.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
        {
            Kill();
        }

        await Exited;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Exited;
        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        _process.Dispose();
    }

    private static async Task<int> WaitForExitAsync(Process process)
    {
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static void Forward(string? line, LogLevel level, string category, Action<WorkerLogLine> output)
    {
        if (line is null)
        {
            return;
        }

        // The host strips this prefix from console lines meant for its log.
        const string ConsoleLogPrefix = "LanguageWorkerConsoleLog";
        output(new WorkerLogLine(level, category, line.StartsWith(ConsoleLogPrefix, StringComparison.Ordinal) ? line[ConsoleLogPrefix.Length..] : line));
    }
}
