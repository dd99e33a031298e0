using System.Text.Json;
using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Queues;
using Microsoft.Azure.Functions.Worker;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// The Score function: a queue trigger on <c>engagement-events</c>. Returning deletes the message; throwing fails
/// the invocation, so the host makes the message visible again after <c>visibilityTimeout</c> and, after
/// <c>maxDequeueCount</c> attempts, moves it to <c>engagement-events-poison</c>. Nothing is caught and dropped:
/// every effect of <see cref="EngagementProcessor"/> is idempotent instead.
/// </summary>
public sealed partial class ScoreFunction(EngagementProcessor processor, ILogger<ScoreFunction> logger)
{
    public const string Name = "Score";

    [Function(Name)]
    public async Task RunAsync(
        [QueueTrigger(QueueNames.Events, Connection = QueueStorage.SettingName)] string message,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        EngagementEvent engagement;
        try
        {
            engagement = EventMessages.FromJson(message);
        }
        catch (JsonException e)
        {
            // Retrying cannot fix this message, but failing it (rather than dropping it) lands it in the poison queue for a person to see.
            var data = context.BindingContext.BindingData;
            LogUnreadable(logger, data.GetValueOrDefault("Id")?.ToString() ?? "unknown", data.GetValueOrDefault("DequeueCount")?.ToString() ?? "?", e.Message);
            throw new InvalidDataException("The queue message is not an engagement event.", e);
        }

        await processor.ProcessAsync(engagement, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue message {MessageId} (attempt {DequeueCount}) is not an engagement event: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string messageId, string dequeueCount, string reason);
}
