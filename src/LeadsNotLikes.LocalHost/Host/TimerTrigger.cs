using NCrontab;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Drives one timer-triggered function on its NCRONTAB schedule (six fields, UTC; azure-facts.md C), parsed by the
/// same NCrontab library the host uses. Runs never overlap (the host runs a timer as a singleton). A failed run is
/// not retried; the next occurrence is the retry. Schedule status is kept in memory, so past-due runs after a
/// restart (<c>useMonitor</c>) are not detected locally.
/// </summary>
public sealed class TimerTrigger
{
    private readonly FunctionDefinition _function;
    private readonly FunctionInvoker _invoker;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _singleton = new(1, 1);
    private DateTimeOffset? _last;

    public TimerTrigger(FunctionDefinition function, AppSettings settings, FunctionInvoker invoker, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(settings);
        _function = function;
        _invoker = invoker;
        _time = time;
        _logger = logger;
        var expression = settings.Expand(function.Schedule!);
        Schedule = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new InvalidOperationException($"Function '{function.Name}': '{expression}' is not a six-field NCRONTAB schedule.");
    }

    public CrontabSchedule Schedule { get; }

    public DateTimeOffset NextAfter(DateTimeOffset time) =>
        new(DateTime.SpecifyKind(Schedule.GetNextOccurrence(time.UtcDateTime), DateTimeKind.Utc));

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (_function.RunOnStartup)
        {
            await InvokeAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = NextAfter(_time.GetUtcNow());
            try
            {
                await Task.Delay(next - _time.GetUtcNow() is { Ticks: > 0 } wait ? wait : TimeSpan.Zero, _time, stoppingToken);
                await InvokeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // stopping, possibly mid-run: the host abandons the run too
            }
        }
    }

    /// <summary>Runs the function now (also used by the admin endpoint); returns whether it succeeded.</summary>
    public async Task<bool> InvokeAsync(CancellationToken cancellationToken)
    {
        await _singleton.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            var succeeded = await _invoker.InvokeAsync(_function, InvocationEnvelope.ForTimer(_function, _last, NextAfter(now), isPastDue: false, now), cancellationToken);
            _last = now;
            if (!succeeded)
            {
                _logger.LogWarning("Timer {Function} run failed; the next run is at {Next:u}", _function.Name, NextAfter(now));
            }

            return succeeded;
        }
        finally
        {
            _singleton.Release();
        }
    }
}
