using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// Which Graph API outcomes are worth retrying: transient ones (<see cref="HttpClientResiliencePredicates.IsTransient"/>:
/// HttpRequestException, an attempt's timeout, 408, 429, 5xx) and Graph's temporary codes 1 and 2, but never a
/// Graph error that retrying cannot fix (a rate limit, an invalid token, an invalid parameter), nor a 429 or 503
/// whose <c>Retry-After</c> asks for a longer wait than <see cref="GraphResilienceOptions.MaxRetryAfter"/>.
/// </summary>
internal static class GraphRetryPredicate
{
    public static async ValueTask<bool> IsRetryableAsync(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (outcome.Result is not { } response)
        {
            return HttpClientResiliencePredicates.IsTransient(outcome);
        }

        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        if (RetryAfter(response, time) is { } wait && wait > maxRetryAfter)
        {
            return false;
        }

        await response.Content.LoadIntoBufferAsync();
        var error = GraphError.Parse(await response.Content.ReadAsStringAsync());
        return error?.Kind switch
        {
            GraphErrorKind.Transient => true,
            null => HttpClientResiliencePredicates.IsTransient(outcome),
            _ => false,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : null)
            : null;
}
