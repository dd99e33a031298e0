namespace LeadsNotLikes.LocalHost.Host;

/// <summary>How an invocation ended, from the worker's <c>InvocationResponse.result</c> (or the host's own failure).</summary>
public sealed record InvocationResult(bool Succeeded, string? Error = null)
{
    public static InvocationResult Success { get; } = new(true);

    public static InvocationResult Failure(string error) => new(false, error);
}
