namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// The Graph API client's resilience pipeline (<see cref="PlatformClients"/>): not app settings, fixed here and
/// changed by tests. Retries with exponential backoff and jitter (or the server's <c>Retry-After</c>, if it is at most
/// <see cref="MaxRetryAfter"/>), a timeout per attempt and for the whole call, and a retry budget.
/// </summary>
public sealed class GraphResilienceOptions
{
    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer <c>Retry-After</c> is not waited for: the call fails and the account is left for the next run.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries allowed as a share of the requests in <see cref="RetryBudgetWindow"/>.</summary>
    public double RetryBudgetRatio { get; set; } = 0.2;

    /// <summary>Retries always allowed in a window, so a quiet client can still retry.</summary>
    public int RetryBudgetMinimum { get; set; } = 3;

    public TimeSpan RetryBudgetWindow { get; set; } = TimeSpan.FromMinutes(1);
}
