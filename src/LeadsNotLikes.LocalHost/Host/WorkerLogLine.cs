namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// A log line from the worker: an <c>RpcLog</c> message over gRPC (category and level as the worker's logger set
/// them, the function's name when it was written inside an invocation), or a line of its stdout/stderr (category
/// <c>stdout</c> / <c>stderr</c>).
/// </summary>
public sealed record WorkerLogLine(LogLevel Level, string Category, string Message)
{
    public string? FunctionName { get; init; }

    public string? InvocationId { get; init; }

    public string? Exception { get; init; }

    public override string ToString()
    {
        var function = FunctionName is null ? "" : $" [{FunctionName}]";
        var exception = string.IsNullOrEmpty(Exception) ? "" : Environment.NewLine + Exception;
        return $"{Level}{function} {Category}: {Message}{exception}";
    }
}
