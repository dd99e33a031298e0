using System.Text.Json;
using LeadsNotLikes.Events;
using LeadsNotLikes.Hosting;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// The Score function (functions/Score/function.json): a queue trigger on <c>engagement-events</c>. The host posts
/// each message to <c>/Score</c>; 200 deletes it, any other status makes the host retry it and, after
/// <c>maxDequeueCount</c> attempts, move it to <c>engagement-events-poison</c>.
/// </summary>
public static partial class ScoreFunction
{
    public const string Name = "Score";
    public const string Binding = "event";

    public static IEndpointRouteBuilder MapScoreFunction(this IEndpointRouteBuilder app)
    {
        app.MapPost($"/{Name}", InvokeAsync);
        return app;
    }

    internal static async Task<IResult> InvokeAsync(HttpRequest request, EngagementProcessor processor, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ScoreFunction));
        var invocation = await InvocationRequest.ReadAsync(request, cancellationToken);
        var messageId = invocation.GetMetadata("Id") ?? "unknown";
        var dequeueCount = invocation.GetMetadata("DequeueCount") ?? "?";
        EngagementEvent engagement;
        try
        {
            engagement = EventMessages.FromJson(invocation.GetString(Binding) ?? throw new JsonException($"The invocation has no '{Binding}' data."));
        }
        catch (JsonException e)
        {
            // Retrying cannot fix this message, but failing it (rather than dropping it) lands it in the poison queue for a person to see.
            LogUnreadable(logger, messageId, dequeueCount, e.Message);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an engagement event", detail: e.Message);
        }

        await processor.ProcessAsync(engagement, cancellationToken);
        return InvocationResult.Ok();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue message {MessageId} (attempt {DequeueCount}) is not an engagement event: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string messageId, string dequeueCount, string reason);
}
