using Microsoft.Extensions.Logging.Abstractions;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>How to start <see cref="LocalFunctionsHost"/>.</summary>
public sealed record LocalFunctionsHostOptions
{
    /// <summary>The folder with host.json, the function folders and the handler executable.</summary>
    public required string ScriptRootPath { get; init; }

    /// <summary>App settings, passed to the handler as environment variables (like local.settings.json <c>Values</c>).</summary>
    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    /// <summary>HTTP port for the host; 0 picks a free one.</summary>
    public int Port { get; init; } = 7071;

    /// <summary>Run timer functions on their schedules; when false they run only through the admin endpoint.</summary>
    public bool RunTimers { get; init; } = true;

    public FunctionKeys? Keys { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Receives each line the handler writes (stdout, and stderr prefixed).</summary>
    public Action<string> HandlerOutput { get; init; } = _ => { };
}
