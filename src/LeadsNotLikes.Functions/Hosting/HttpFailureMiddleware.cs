using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace LeadsNotLikes.Hosting;

/// <summary>
/// With ASP.NET Core integration, an HTTP function that throws completes its response empty, and the caller sees a
/// 200 (isolated-worker-facts.md §3.2): a webhook platform would then never retry. This turns any exception from an
/// HTTP function into an explicit 500 problem response, logged with the function's name. Other triggers are left
/// alone, so a failing queue or timer invocation still fails and the host retries it.
/// </summary>
public sealed partial class HttpFailureMiddleware(ILogger<HttpFailureMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            LogFailed(logger, e, context.FunctionDefinition.Name);
            http.Response.Clear();
            await Failure.ExecuteAsync(http);
        }
    }

    /// <summary>What the caller gets: a 500 problem that says nothing about the cause.</summary>
    internal static IResult Failure { get; } = Results.Problem(statusCode: StatusCodes.Status500InternalServerError,
        title: "The request failed", detail: "An unexpected error occurred; retry the request.");

    [LoggerMessage(Level = LogLevel.Error, Message = "HTTP function {Function} failed; answered 500")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function);
}
