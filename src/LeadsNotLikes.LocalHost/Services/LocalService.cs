using System.Diagnostics;
using System.Net.Sockets;

namespace LeadsNotLikes.LocalHost.Services;

/// <summary>
/// One local service: a Node.js program from the npm install, listening on known ports. It can be stopped and
/// started again on the same ports, or paused and resumed (SIGSTOP/SIGCONT: it keeps its connections but answers
/// nothing), so tests can show what the pipeline does while a dependency is away.
/// </summary>
public sealed class LocalService : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string _script;
    private readonly string _arguments;
    private readonly string _workingDirectory;
    private readonly int[] _ports;
    private Process? _process;

    internal LocalService(string name, string script, string arguments, string workingDirectory, params int[] ports)
    {
        Name = name;
        _script = script;
        _arguments = arguments;
        _workingDirectory = workingDirectory;
        _ports = ports;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill(); // never leave a service holding its ports
    }

    public string Name { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The service's process id while it runs (for measurements).</summary>
    public int? ProcessId => IsRunning ? _process!.Id : null;

    /// <summary>Starts the service and waits until every one of its ports accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo("node", $"\"{_script}\" {_arguments}")
        {
            WorkingDirectory = _workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name}.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Task.WhenAll(_ports.Select(port => WaitForPortAsync(port, cancellationToken)));
    }

    /// <summary>
    /// Stops the service: SIGTERM, so it saves what it acknowledged (Azurite flushes its data folder), then a kill
    /// after 10 seconds. <see cref="StartAsync"/> brings it back on the same ports.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (IsRunning)
        {
            Signal("TERM");
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
            }
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Freezes the service: connections stay open, requests hang until <see cref="Resume"/>.</summary>
    public void Pause() => Signal("STOP");

    public void Resume() => Signal("CONT");

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            Resume(); // a paused service cannot act on SIGTERM
        }

        await StopAsync();
    }

    private void Signal(string signal)
    {
        if (_process is not { HasExited: false } process)
        {
            throw new InvalidOperationException($"{Name} is not running.");
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            ?? throw new InvalidOperationException("Could not run kill.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"Could not send SIG{signal} to {Name} (kill exited with {kill.ExitCode}).");
        }
    }

    private void Kill()
    {
        try
        {
            if (_process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before listening on port {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        throw new TimeoutException($"{Name} did not start listening on port {port} within {StartTimeout.TotalSeconds} seconds.");
    }
}
