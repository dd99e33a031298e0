using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Sends an invocation to the worker and waits for its result. The seam between the triggers (queue, timer) and the
/// worker, so trigger semantics can be tested without a worker.
/// </summary>
internal interface IFunctionInvoker
{
    /// <summary>
    /// Invokes <paramref name="function"/>. The invoker sets the function id, a unique invocation id (unless the
    /// request has one) and the trace context. Worker failures (crash, timeout) come back as a failed result.
    /// </summary>
    Task<InvocationResult> InvokeAsync(FunctionDefinition function, InvocationRequest request, CancellationToken cancellationToken);
}
