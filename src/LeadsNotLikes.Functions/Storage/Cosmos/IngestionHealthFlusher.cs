namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>Flushes <see cref="IngestionHealthCounters"/> every <see cref="Interval"/> and once more at shutdown.</summary>
public sealed partial class IngestionHealthFlusher(IngestionHealthCounters counters, TimeProvider time, ILogger<IngestionHealthFlusher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushQuietlyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush follows in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushQuietlyAsync(cancellationToken);
    }

    private async Task FlushQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await counters.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is Microsoft.Azure.Cosmos.CosmosException or HttpRequestException or OperationCanceledException)
        {
            // Operational counts only: kept in memory and written with the next flush.
            LogFlushFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingestion health counters not written; retried at the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
