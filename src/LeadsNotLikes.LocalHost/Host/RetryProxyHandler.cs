namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The host's <c>RetryProxyHandler</c>: retries a proxied request that could not be sent (the worker's Kestrel may
/// not be listening yet), up to 10 attempts, waiting 50 ms and doubling up to 250 ms. A request that failed to
/// connect has not sent its body, so sending it again is safe.
/// </summary>
internal sealed class RetryProxyHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    internal const int MaxAttempts = 10;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }
}
