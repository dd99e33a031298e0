using Microsoft.Extensions.Logging.Abstractions;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>How to start <see cref="LocalFunctionsHost"/>.</summary>
public sealed record LocalFunctionsHostOptions
{
    /// <summary>The function app's build output: the worker assembly, host.json and worker.config.json.</summary>
    public required string ScriptRootPath { get; init; }

    /// <summary>App settings, passed to the worker as environment variables (like local.settings.json <c>Values</c>).</summary>
    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    /// <summary>HTTP port for the host; 0 picks a free one.</summary>
    public int Port { get; init; } = 7071;

    /// <summary>Run timer functions on their schedules; when false they run only through the admin endpoint.</summary>
    public bool RunTimers { get; init; } = true;

    public FunctionKeys? Keys { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>For the stand-in's own logs (start-up, restarts, failed invocations, queue moves).</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Receives the worker's log: its <c>RpcLog</c> messages and its stdout/stderr lines.</summary>
    public Action<WorkerLogLine> WorkerOutput { get; init; } = _ => { };

    /// <summary>How long a trigger waits for the worker while it restarts before an HTTP request gets 503 (or an invocation fails).</summary>
    public TimeSpan WorkerRestartWait { get; init; } = TimeSpan.FromSeconds(30);
}
