using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Host.Rpc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.Tests.LocalHost;

public sealed class TimerTriggerTests
{
    private static readonly FunctionDefinition Digest = new() { Name = "Digest", FunctionId = "d", Trigger = TriggerKind.Timer, BindingName = "timer", Schedule = "0 */15 * * * *" };

    [Fact]
    public void NextOccurrence_FollowsTheSixFieldScheduleInUtc()
    {
        var timer = new TimerTrigger(Digest, "0 */15 * * * *", new RecordingInvoker(), TimeProvider.System, NullLogger.Instance);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), timer.NextAfter(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), timer.NextAfter(new DateTimeOffset(2026, 11, 22, 11, 7, 13, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void FiveFieldCron_IsRejectedWithTheFunctionsName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new TimerTrigger(Digest, "*/5 * * * *", new RecordingInvoker(), TimeProvider.System, NullLogger.Instance));

        Assert.Contains("Digest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsOnSchedule_WithTheLastRunInTheNextTimerInfo()
    {
        var time = new WaitWatchingTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 14, 0, TimeSpan.Zero));
        var invoker = new RecordingInvoker(time);
        var timer = new TimerTrigger(Digest, "0 */15 * * * *", invoker, time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        DateTimeOffset[] due = [new(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), new(2026, 11, 22, 10, 30, 0, TimeSpan.Zero)];

        // The clock moves only while the timer is waiting for its next occurrence (its delay is set), never while a run
        // is on its way: the fired run reads the clock on the thread pool, and a clock moved meanwhile would put a
        // time off the schedule into the run and into the next TimerInfo.
        var running = timer.RunAsync(stop.Token);
        for (var runs = 1; runs <= due.Length; runs++)
        {
            await UntilAsync(() => time.TimersCreated >= runs, "the timer to wait for its next occurrence");
            time.Advance(due[runs - 1] - TimeSpan.FromSeconds(1) - time.GetUtcNow());
            await Task.Delay(50, TestContext.Current.CancellationToken);
            Assert.Equal(runs - 1, invoker.Count); // not before its time
            time.Advance(TimeSpan.FromSeconds(1));
            await UntilAsync(() => invoker.Count >= runs, $"run {runs}");
        }

        await stop.CancelAsync();
        await running;
        Assert.Equal(2, invoker.Count);
        Assert.Equal(due, invoker.Times); // on the schedule, not before
        Assert.Contains("\"Last\":\"0001-01-01T00:00:00\"", invoker.TimerInfos[0], StringComparison.Ordinal);
        Assert.Contains($"\"Last\":\"{invoker.Times[0]:yyyy-MM-ddTHH:mm:ss}+00:00\"", invoker.TimerInfos[1], StringComparison.Ordinal);
    }

    private static async Task UntilAsync(Func<bool> done, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"waited 30 s for {what}");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A fake clock that counts the timers created on it (each of the trigger's waits creates one).</summary>
    private sealed class WaitWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _timers;

        public int TimersCreated => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref _timers);
            return timer;
        }
    }

    private sealed class RecordingInvoker(TimeProvider? time = null) : IFunctionInvoker
    {
        public List<string> TimerInfos { get; } = [];

        public List<DateTimeOffset> Times { get; } = [];

        public int Count
        {
            get
            {
                lock (TimerInfos)
                {
                    return TimerInfos.Count;
                }
            }
        }

        public Task<InvocationResult> InvokeAsync(FunctionDefinition function, InvocationRequest request, CancellationToken cancellationToken)
        {
            lock (TimerInfos)
            {
                TimerInfos.Add(request.InputData[0].Data.Json);
                Times.Add((time ?? TimeProvider.System).GetUtcNow());
            }

            return Task.FromResult(InvocationResult.Success);
        }
    }
}
