using LeadsNotLikes.Hosting;

namespace LeadsNotLikes.Digest;

/// <summary>
/// The Digest function (functions/Digest/function.json): a timer trigger on a UTC schedule. Each run sends the
/// digests that are due; a non-2xx answer marks the invocation failed (timers are not retried; the next run
/// retries the teams that failed).
/// </summary>
public static class DigestFunction
{
    public const string Name = "Digest";

    public static IEndpointRouteBuilder MapDigestFunction(this IEndpointRouteBuilder app)
    {
        app.MapPost($"/{Name}", InvokeAsync);
        return app;
    }

    internal static async Task<IResult> InvokeAsync(HttpRequest request, DigestRunner runner, CancellationToken cancellationToken)
    {
        _ = await InvocationRequest.ReadAsync(request, cancellationToken);
        var run = await runner.RunAsync(cancellationToken);
        return run.Failed == 0
            ? InvocationResult.Ok()
            : TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Some digests failed",
                detail: $"{run.Failed} failed, {run.Sent} sent, {run.Skipped} skipped; failed teams are retried on the next run.");
    }
}
