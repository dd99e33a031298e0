using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using LeadsNotLikes.LocalHost.Demo;

namespace LeadsNotLikes.IntegrationTests.Support;

/// <summary>
/// Delivers signed Meta webhooks the way Meta does (platform-facts.md 1.8): any answer other than 2xx, and any
/// connection error or timeout, is a failure, and the same bytes are sent again after a back-off, until accepted.
/// Meta keeps trying for 36 hours; a test gives up after <see cref="GiveUpAfter"/> and fails, so nothing it calls
/// delivered was silently dropped. Every answer is recorded, so a test can show what the platform saw.
/// </summary>
public sealed class PlatformSender(HttpClient http, string appSecret)
{
    private readonly ConcurrentDictionary<string, int> _answers = new();
    private int _delivered;
    private int _attempts;

    /// <summary>The first back-off; each further failure doubles it up to <see cref="MaxBackoff"/> (with jitter).</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one request may take before it counts as failed (Meta: 20 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Deliveries accepted with 2xx.</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Requests sent, retries included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>How often each answer was seen: a status code ("200", "503") or "connection error"/"timeout".</summary>
    public IReadOnlyDictionary<string, int> Answers => _answers;

    public int Seen(HttpStatusCode status) => _answers.GetValueOrDefault(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Sends <paramref name="body"/> until it is accepted; throws when <see cref="GiveUpAfter"/> passes first.</summary>
    public async Task DeliverAsync(string body, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var backoff = FirstBackoff;
        while (true)
        {
            Interlocked.Increment(ref _attempts);
            string answer;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(RequestTimeout);
                try
                {
                    using var request = SignedDelivery.Create(body, appSecret);
                    using var response = await http.SendAsync(request, timeout.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        Record(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        Interlocked.Increment(ref _delivered);
                        return;
                    }

                    answer = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (HttpRequestException)
                {
                    answer = "connection error";
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    answer = "timeout";
                }
            }

            Record(answer);
            if (started.Elapsed > GiveUpAfter)
            {
                throw new TimeoutException($"A delivery was still refused after {GiveUpAfter.TotalSeconds:F0} s (last answer: {answer}); answers so far: {Describe()}");
            }

            await Task.Delay(backoff * (0.8 + (0.4 * Random.Shared.NextDouble())), cancellationToken);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    /// <summary>Delivers every body, <paramref name="concurrency"/> at a time, in order of start.</summary>
    public Task DeliverAllAsync(IEnumerable<string> bodies, int concurrency, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (body, ct) => await DeliverAsync(body, ct));

    /// <summary>The answers seen, e.g. "200×812, 503×14, connection error×3".</summary>
    public string Describe() => string.Join(", ", _answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}×{a.Value}"));

    private void Record(string answer) => _answers.AddOrUpdate(answer, 1, (_, n) => n + 1);
}
