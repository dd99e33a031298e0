namespace LeadsNotLikes.Hosting;

/// <summary>
/// The response body the Functions host expects from a non-HTTP function (azure-facts.md A.6). Any non-2xx status
/// fails the invocation instead: the queue message is retried, then poisoned.
/// </summary>
public sealed record InvocationResult(IReadOnlyDictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue)
{
    public static InvocationResult Empty { get; } = new(new Dictionary<string, object?>(), [], null);

    public static IResult Ok() => TypedResults.Json(Empty, statusCode: StatusCodes.Status200OK);
}
