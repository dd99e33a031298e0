using Microsoft.Extensions.Logging;

namespace LeadsNotLikes.IntegrationTests.Support;

/// <summary>Hands every log line (category, level, message) to a callback; for test diagnostics.</summary>
public sealed class ListLoggerProvider(Action<string> write) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, write);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, Action<string> write) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            write($"{category} {logLevel}: {formatter(state, exception)}");
        }
    }
}
