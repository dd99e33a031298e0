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
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 14, 0, TimeSpan.Zero));
        var invoker = new RecordingInvoker(time);
        var timer = new TimerTrigger(Digest, "0 */15 * * * *", invoker, time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();

        var running = timer.RunAsync(stop.Token);
        for (var runs = 1; runs <= 2; runs++)
        {
            for (var i = 0; i < 1000 && invoker.Count < runs; i++)
            {
                time.Advance(TimeSpan.FromSeconds(30));
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }
        }

        await stop.CancelAsync();
        await running;
        Assert.Equal(2, invoker.Count);
        Assert.All(invoker.Times, t => Assert.Equal(0, t.Minute % 15)); // on the schedule, not before
        Assert.Contains("\"Last\":\"0001-01-01T00:00:00\"", invoker.TimerInfos[0], StringComparison.Ordinal);
        Assert.Contains($"\"Last\":\"{invoker.Times[0]:yyyy-MM-ddTHH:mm:ss}+00:00\"", invoker.TimerInfos[1], StringComparison.Ordinal);
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
