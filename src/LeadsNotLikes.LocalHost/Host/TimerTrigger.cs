using NCrontab;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Drives one timer-triggered function on its NCRONTAB schedule (six fields, UTC; isolated-worker-facts.md 5), parsed
/// by the same NCrontab library the host uses. <c>runOnStartup</c> runs it once at start. Runs never overlap (the
/// host runs a timer as a singleton). A failed run is not retried; the next occurrence is the retry. The schedule
/// status is kept in memory, so past-due runs after a restart (<c>useMonitor</c>) are not detected locally.
/// </summary>
internal sealed partial class TimerTrigger
{
    private readonly FunctionDefinition _function;
    private readonly IFunctionInvoker _invoker;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _singleton = new(1, 1);
    private DateTimeOffset? _last;

    public TimerTrigger(FunctionDefinition function, string schedule, IFunctionInvoker invoker, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(function);
        _function = function;
        _invoker = invoker;
        _time = time;
        _logger = logger;
        Schedule = Parse(function.Name, schedule);
    }

    public CrontabSchedule Schedule { get; }

    public static CrontabSchedule Parse(string functionName, string expression) =>
        CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
        ?? throw new InvalidOperationException($"Function '{functionName}': '{expression}' is not a six-field NCRONTAB schedule.");

    public DateTimeOffset NextAfter(DateTimeOffset time) =>
        new(DateTime.SpecifyKind(Schedule.GetNextOccurrence(time.UtcDateTime), DateTimeKind.Utc));

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (_function.RunOnStartup)
            {
                await InvokeAsync(stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = NextAfter(_time.GetUtcNow()) - _time.GetUtcNow();
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, _time, stoppingToken);
                await InvokeAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping, possibly mid-run: the host abandons the run too.
        }
    }

    /// <summary>Runs the function now (also used by the admin endpoint), after any run in progress.</summary>
    public async Task<InvocationResult> InvokeAsync(CancellationToken cancellationToken)
    {
        await _singleton.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            var next = NextAfter(now);
            var result = await _invoker.InvokeAsync(_function, TriggerData.ForTimer(_function, _last, next, now, isPastDue: false), cancellationToken);
            _last = now;
            if (!result.Succeeded)
            {
                LogRunFailed(_logger, _function.Name, next);
            }

            return result;
        }
        finally
        {
            _singleton.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {Function} run failed; the next run is at {Next:u}")]
    private static partial void LogRunFailed(ILogger logger, string function, DateTimeOffset next);
}
