using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The <c>InvocationRequest</c> input data and trigger metadata the host sends for each trigger (isolated-worker-facts.md
/// 3.2, 4, 5): what the worker binds parameters from. Values keep the host's conversions: strings as
/// <c>TypedData.string</c>, other values as <c>TypedData.json</c> in Newtonsoft's default format.
/// </summary>
internal static class TriggerData
{
    /// <summary>The host's header for the invocation id on the proxied request; the worker pairs the two legs by it.</summary>
    public const string InvocationIdHeader = "x-ms-invocation-id";

    /// <summary>Like Newtonsoft's output: only what JSON requires is escaped (not <c>+</c> or non-ASCII letters).</summary>
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// HTTP in ASP.NET Core mode: an empty <c>RpcHttp</c> under the trigger's name (the worker reads the proxied
    /// request), and in the metadata each route value and query value (without <c>code</c>) as a string, plus
    /// <c>Query</c> and <c>Headers</c> as JSON objects.
    /// </summary>
    public static InvocationRequest ForHttp(FunctionDefinition function, HttpRequest request, string invocationId)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(request);
        var invocation = new InvocationRequest { InvocationId = invocationId };
        invocation.InputData.Add(new ParameterBinding { Name = function.BindingName, Data = new TypedData { Http = new RpcHttp() } });
        var query = new JsonObject();
        foreach (var (name, values) in request.Query)
        {
            if (string.Equals(name, "code", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the host drops the function key
            }

            query[name] = values.ToString();
            invocation.TriggerMetadata[name] = String(values.ToString());
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is not null)
            {
                invocation.TriggerMetadata[name] = String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
            }
        }

        var headers = new JsonObject();
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        invocation.TriggerMetadata["Query"] = Json(query.ToJsonString(Relaxed));
        invocation.TriggerMetadata["Headers"] = Json(headers.ToJsonString(Relaxed));
        return invocation;
    }

    /// <summary>
    /// A queue message (already decoded): the trigger value as <c>string</c> (or <c>bytes</c> for dataType Binary, or
    /// <c>model_binding_data</c> for <c>QueueMessage</c>/<c>BinaryData</c> parameters), and the host's metadata keys.
    /// </summary>
    public static InvocationRequest ForQueueMessage(FunctionDefinition function, QueueMessageData message)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(message);
        var text = ValidUtf8(message.Body);
        TypedData data;
        if (function.SupportsDeferredBinding)
        {
            var content = new JsonObject
            {
                ["MessageId"] = message.Id,
                ["PopReceipt"] = message.PopReceipt,
                ["MessageText"] = text ?? Encoding.UTF8.GetString(message.Body),
                ["DequeueCount"] = message.DequeueCount,
                ["NextVisibleOn"] = Iso(message.NextVisibleTime),
                ["InsertedOn"] = Iso(message.InsertionTime),
                ["ExpiresOn"] = Iso(message.ExpirationTime),
            };
            data = new TypedData
            {
                ModelBindingData = new ModelBindingData
                {
                    Version = "1.0",
                    Source = "AzureStorageQueues",
                    ContentType = "application/json",
                    Content = ByteString.CopyFromUtf8(content.ToJsonString(Relaxed)),
                },
            };
        }
        else if (string.Equals(function.DataType, "Binary", StringComparison.OrdinalIgnoreCase))
        {
            data = new TypedData { Bytes = ByteString.CopyFrom(message.Body) };
        }
        else
        {
            data = String(text ?? Encoding.UTF8.GetString(message.Body)); // the host's ToValidUTF8String
        }

        var invocation = new InvocationRequest();
        invocation.InputData.Add(new ParameterBinding { Name = function.BindingName, Data = data });
        if (text is not null)
        {
            invocation.TriggerMetadata["QueueTrigger"] = String(text);
        }

        invocation.TriggerMetadata["DequeueCount"] = Json(message.DequeueCount.ToString(CultureInfo.InvariantCulture));
        invocation.TriggerMetadata["ExpirationTime"] = Json(JsonSerializer.Serialize(Iso(message.ExpirationTime), Relaxed));
        invocation.TriggerMetadata["Id"] = String(message.Id);
        invocation.TriggerMetadata["InsertionTime"] = Json(JsonSerializer.Serialize(Iso(message.InsertionTime), Relaxed));
        invocation.TriggerMetadata["NextVisibleTime"] = Json(JsonSerializer.Serialize(Iso(message.NextVisibleTime), Relaxed));
        invocation.TriggerMetadata["PopReceipt"] = String(message.PopReceipt);
        return invocation;
    }

    /// <summary>A timer run: <c>TimerInfo</c> as JSON under the trigger's name, and <c>TimerTrigger</c> = the local time as text.</summary>
    public static InvocationRequest ForTimer(FunctionDefinition function, DateTimeOffset? last, DateTimeOffset next, DateTimeOffset now, bool isPastDue)
    {
        ArgumentNullException.ThrowIfNull(function);
        var invocation = new InvocationRequest();
        invocation.InputData.Add(new ParameterBinding { Name = function.BindingName, Data = Json(TimerInfo(last, next, now, isPastDue)) });
        invocation.TriggerMetadata["TimerTrigger"] = String(now.ToLocalTime().DateTime.ToString(CultureInfo.InvariantCulture));
        return invocation;
    }

    /// <summary>
    /// The host's <c>TimerInfo</c> as Newtonsoft serializes it: <c>{"Schedule":{"AdjustForDST":true},"ScheduleStatus":
    /// {"Last","Next","LastUpdated"},"IsPastDue"}</c>. <c>Last</c> is <c>0001-01-01T00:00:00</c> before the first run, as
    /// a fresh schedule status has it (the worker's <c>ScheduleStatus.Last</c> is not nullable).
    /// </summary>
    public static string TimerInfo(DateTimeOffset? last, DateTimeOffset next, DateTimeOffset now, bool isPastDue) => new JsonObject
    {
        ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
        ["ScheduleStatus"] = new JsonObject
        {
            ["Last"] = last is { } l ? Iso(l) : "0001-01-01T00:00:00",
            ["Next"] = Iso(next),
            ["LastUpdated"] = Iso(now),
        },
        ["IsPastDue"] = isPastDue,
    }.ToJsonString(Relaxed);

    /// <summary>Newtonsoft's default date format: ISO 8601 with up to seven fraction digits and the offset.</summary>
    internal static string Iso(DateTimeOffset time) => time.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK", CultureInfo.InvariantCulture);

    private static TypedData String(string value) => new() { String = value };

    private static TypedData Json(string json) => new() { Json = json };

    private static string? ValidUtf8(byte[] body)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
