namespace LeadsNotLikes.LocalHost.Host;

/// <summary>host.json <c>extensions.queues</c>, with the Storage Queues extension's defaults (isolated-worker-facts.md 4).</summary>
public sealed record QueueSettings
{
    public TimeSpan MaxPollingInterval { get; init; } = ScriptRoot.DevelopmentMaxPollingInterval;

    /// <summary>How long a failed message stays invisible before its retry.</summary>
    public TimeSpan VisibilityTimeout { get; init; }

    public int BatchSize { get; init; } = 16;

    /// <summary>Fetch the next batch when this few messages are still in flight; default batchSize/2 × processors.</summary>
    public int? NewBatchThreshold { get; init; }

    public int MaxDequeueCount { get; init; } = 5;

    public bool Base64Encoding { get; init; } = true;

    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? BatchSize / 2 * Environment.ProcessorCount;
}
