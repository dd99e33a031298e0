using LeadsNotLikes.PlatformApis.Google;
using LeadsNotLikes.PlatformApis.Instagram;
using LeadsNotLikes.Webhooks.Google;
using Microsoft.Extensions.Http.Resilience;
using Polly;

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
        services.AddGraphApiClient();
        services.AddSingleton<PubSubPushAuthenticator>();
        services.AddSingleton<GoogleReviewNotifications>();
        return services;
    }

    /// <summary>
    /// The Graph API client (Instagram like counts): a total timeout, retries of transient failures only
    /// (<see cref="GraphRetryPredicate"/>) with exponential backoff and jitter or the server's Retry-After, within a
    /// <see cref="RetryBudget"/>, and a timeout per attempt. No circuit breaker: the budget already keeps an outage
    /// from multiplying traffic, and the poller stops for the run on rate limits.
    /// </summary>
    private static void AddGraphApiClient(this IServiceCollection services)
    {
        services.AddOptions<GraphResilienceOptions>();
        services.AddHttpClient<InstagramGraphClient>().AddResilienceHandler("instagram-graph", static (builder, context) =>
        {
            var o = context.GetOptions<GraphResilienceOptions>();
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            var budget = new RetryBudget(time, o.RetryBudgetWindow, o.RetryBudgetRatio, o.RetryBudgetMinimum);
            builder
                .AddTimeout(o.TotalTimeout)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = o.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = o.RetryDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = async args =>
                    {
                        if (args.AttemptNumber == 0)
                        {
                            budget.RecordRequest();
                        }

                        return args.AttemptNumber < o.MaxRetryAttempts
                            && await GraphRetryPredicate.IsRetryableAsync(args.Outcome, o.MaxRetryAfter, time)
                            && budget.TryRetry();
                    },
                })
                .AddTimeout(o.AttemptTimeout);
        });
    }
}
