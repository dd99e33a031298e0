using LeadsNotLikes.PlatformApis.Google;
using LeadsNotLikes.Webhooks.Google;

namespace LeadsNotLikes.PlatformApis;

/// <summary>
/// The outbound clients for platform APIs. Nothing else retries these calls, so each HttpClient gets the standard
/// resilience pipeline: a rate limiter, a total timeout, retries with exponential backoff and jitter that honour
/// Retry-After (429, 5xx, timeouts), a circuit breaker that stops hammering a failing API, and a per-attempt timeout.
/// </summary>
public static class PlatformClients
{
    public static IServiceCollection AddPlatformClients(this IServiceCollection services)
    {
        // Pub/Sub waits for the push for the subscription's ack deadline (10 s by default): stay within it.
        services.AddHttpClient<GoogleBusinessProfileClient>().AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = 3;
            o.Retry.Delay = TimeSpan.FromMilliseconds(500);
            o.Retry.UseJitter = true;
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(4);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(9);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        });
        services.AddHttpClient(nameof(PubSubPushAuthenticator)).AddStandardResilienceHandler();
        services.AddSingleton<PubSubPushAuthenticator>();
        services.AddSingleton<GoogleReviewNotifications>();
        return services;
    }
}
