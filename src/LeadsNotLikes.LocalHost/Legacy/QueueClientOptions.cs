using Azure.Core;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>Pipeline options for <see cref="StorageQueueClient"/>: bounded retries with exponential back-off and a network timeout.</summary>
public sealed class QueueClientOptions : ClientOptions
{
    /// <summary>The Queue REST API version: accepted by Azure and Azurite, and new enough for Entra ID tokens.</summary>
    public const string ServiceVersion = "2021-12-02";

    public QueueClientOptions()
    {
        Retry.MaxRetries = 3;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromMilliseconds(200);
        Retry.MaxDelay = TimeSpan.FromSeconds(2);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        Diagnostics.IsLoggingContentEnabled = false;
    }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
