using System.Globalization;
using Microsoft.Azure.Cosmos;

namespace LeadsNotLikes.DigestBenchmark;

/// <summary>Counts every request the SDK sends and sums the request charge the server reports (<c>x-ms-request-charge</c>).</summary>
public sealed class CountingHandler : RequestHandler
{
    private long _requests;
    private long _milliRequestUnits;
    private long _chargedRequests;

    public long Requests => Interlocked.Read(ref _requests);

    public double RequestUnits => Interlocked.Read(ref _milliRequestUnits) / 1000.0;

    /// <summary>Responses that carried a request charge at all (the local server may not report one).</summary>
    public long ChargedRequests => Interlocked.Read(ref _chargedRequests);

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _milliRequestUnits, 0);
        Interlocked.Exchange(ref _chargedRequests, 0);
    }

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await base.SendAsync(request, cancellationToken);
        if (watch.ElapsedMilliseconds > 500)
        {
            Console.Error.WriteLine($"[bench] slow {request.Method} {request.RequestUri}: {watch.ElapsedMilliseconds} ms, {response.Headers["x-ms-item-count"]} items");
        }

        Interlocked.Increment(ref _requests);
        if (response.Headers["x-ms-request-charge"] is { Length: > 0 } charge
            && double.TryParse(charge, NumberStyles.Float, CultureInfo.InvariantCulture, out var units) && units > 0)
        {
            Interlocked.Add(ref _milliRequestUnits, (long)(units * 1000));
            Interlocked.Increment(ref _chargedRequests);
        }

        return response;
    }
}
