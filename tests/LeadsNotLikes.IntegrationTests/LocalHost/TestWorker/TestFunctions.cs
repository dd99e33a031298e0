using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LeadsNotLikes.TestWorker;

/// <summary>The functions the local host's integration tests drive through the real host-worker protocol.</summary>
public sealed partial class TestFunctions(ILogger<TestFunctions> logger)
{
    /// <summary>Echoes what it received: route value, method, query, body; answers 201 with a header.</summary>
    [Function("Echo")]
    public async Task<IActionResult> Echo(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "echo/{id}")] HttpRequest request, string id)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        LogEcho(logger, id);
        request.HttpContext.Response.Headers["X-Test-Worker"] = "echo";
        return new ObjectResult(new { id, method = request.Method, query = request.Query["q"].ToString(), body, path = request.Path.Value }) { StatusCode = 201 };
    }

    [Function("Throws")]
    public static IActionResult Throws([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) =>
        throw new InvalidOperationException("Throws always throws");

    /// <summary>
    /// Fails when the message says "fail", takes 5 s when it starts with "slow"; otherwise writes
    /// "text|dequeueCount|id" to the output queue.
    /// </summary>
    [Function("Record")]
    [QueueOutput("%TestWorker_Queue%-out")]
    public async Task<string> Record([QueueTrigger("%TestWorker_Queue%")] string message, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        LogRecord(logger, message);
        if (message.Contains("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Record was asked to fail");
        }

        if (message.StartsWith("slow", StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.CancellationToken);
        }

        var data = context.BindingContext.BindingData;
        return $"{message}|{data["DequeueCount"]}|{data["Id"]}";
    }

    /// <summary>Writes the TimerInfo it received to the timer output queue.</summary>
    [Function("Tick")]
    [QueueOutput("%TestWorker_Queue%-timer")]
    public static string Tick([TimerTrigger("0 0 0 1 1 *")] TimerInfo timer) =>
        JsonSerializer.Serialize(new { timer.IsPastDue, Next = timer.ScheduleStatus?.Next, Last = timer.ScheduleStatus?.Last });

    [LoggerMessage(Level = LogLevel.Information, Message = "Record {Message}")]
    private static partial void LogRecord(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Echo {Id}")]
    private static partial void LogEcho(ILogger logger, string id);
}
