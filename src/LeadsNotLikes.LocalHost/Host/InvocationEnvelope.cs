using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Builds the <c>{ "Data": ..., "Metadata": ... }</c> body the Functions host POSTs to <c>/{FunctionName}</c>,
/// with the host's serialization rules (azure-facts.md A.5): a string value is JSON-serialized once more (so a queue
/// message arrives as a JSON string holding a JSON string literal), numbers become strings, dates ISO-8601 strings,
/// and objects such as TimerInfo stay objects.
/// </summary>
public static class InvocationEnvelope
{
    private static readonly JsonSerializerOptions NewtonsoftLike = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject ForQueueMessage(FunctionDefinition function, QueueMessage message, string messageText, DateTimeOffset utcNow)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(message);
        return new JsonObject
        {
            ["Data"] = new JsonObject { [function.BindingName] = Encoded(messageText) },
            ["Metadata"] = new JsonObject
            {
                ["DequeueCount"] = message.DequeueCount.ToString(CultureInfo.InvariantCulture),
                ["ExpirationTime"] = Iso(message.ExpirationTime),
                ["Id"] = Encoded(message.MessageId),
                ["InsertionTime"] = Iso(message.InsertionTime),
                ["NextVisibleTime"] = Iso(message.NextVisibleTime),
                ["PopReceipt"] = Encoded(message.PopReceipt),
                ["sys"] = Sys(function, utcNow),
            },
        };
    }

    public static JsonObject ForTimer(FunctionDefinition function, DateTimeOffset? last, DateTimeOffset next, bool isPastDue, DateTimeOffset utcNow)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new JsonObject
        {
            ["Data"] = new JsonObject
            {
                [function.BindingName] = new JsonObject
                {
                    ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                    ["ScheduleStatus"] = new JsonObject
                    {
                        ["Last"] = last is { } l ? Iso(l) : null,
                        ["Next"] = Iso(next),
                        ["LastUpdated"] = Iso(utcNow),
                    },
                    ["IsPastDue"] = isPastDue,
                },
            },
            ["Metadata"] = new JsonObject { ["sys"] = Sys(function, utcNow) },
        };
    }

    /// <summary>What <c>JsonConvert.SerializeObject(string)</c> returns: the string as a JSON string literal.</summary>
    internal static string Encoded(string value) => JsonSerializer.Serialize(value, NewtonsoftLike);

    private static JsonObject Sys(FunctionDefinition function, DateTimeOffset utcNow) => new()
    {
        ["MethodName"] = function.Name,
        ["UtcNow"] = utcNow.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
