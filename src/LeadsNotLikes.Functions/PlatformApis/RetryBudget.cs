namespace LeadsNotLikes.PlatformApis;

/// <summary>
/// Caps retries as a share of requests over a sliding window (as gRPC and Finagle retry budgets do): a retry is
/// allowed while the retries in the last <c>window</c> stay under <c>ratio</c> × the requests in it, or under
/// <c>minimum</c>. When the API is down every request fails, and the budget keeps traffic near one call per request
/// instead of multiplying it by the retry count. Thread-safe; one budget per API.
/// </summary>
public sealed class RetryBudget(TimeProvider time, TimeSpan window, double ratio, int minimum)
{
    private readonly Queue<long> _requests = new();
    private readonly Queue<long> _retries = new();
    private readonly Lock _lock = new();

    /// <summary>Counts a first attempt.</summary>
    public void RecordRequest()
    {
        lock (_lock)
        {
            Prune();
            _requests.Enqueue(time.GetTimestamp());
        }
    }

    /// <summary>Takes one retry from the budget; false when the budget is spent.</summary>
    public bool TryRetry()
    {
        lock (_lock)
        {
            Prune();
            if (_retries.Count >= Math.Max(minimum, (int)(_requests.Count * ratio)))
            {
                return false;
            }

            _retries.Enqueue(time.GetTimestamp());
            return true;
        }
    }

    private void Prune()
    {
        var now = time.GetTimestamp();
        while (_requests.TryPeek(out var t) && time.GetElapsedTime(t, now) > window)
        {
            _requests.Dequeue();
        }

        while (_retries.TryPeek(out var t) && time.GetElapsedTime(t, now) > window)
        {
            _retries.Dequeue();
        }
    }
}
