using System.Text.Json;
using LeadsNotLikes.Hosting;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.Tests.LocalHost;

public sealed class InvocationEnvelopeTests
{
    private static readonly FunctionDefinition Queue = new() { Name = "Score", Trigger = TriggerKind.Queue, BindingName = "event", QueueName = "q" };
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ForQueueMessage_DataIsJsonEncodedTwice_AndTheHandlerUnwrapsIt()
    {
        const string text = "{\"orderId\":42,\"note\":\"ä \\\"q\\\"\"}";
        var message = new QueueMessage("800ae4b3", "AgAAAAMAAAA=", 3, Now, Now.AddDays(7), Now.AddMinutes(10), "base64...");

        using var envelope = JsonDocument.Parse(InvocationEnvelope.ForQueueMessage(Queue, message, text, Now).ToJsonString());
        var data = envelope.RootElement.GetProperty("Data").GetProperty("event");
        var metadata = envelope.RootElement.GetProperty("Metadata");

        Assert.Equal(JsonValueKind.String, data.ValueKind);
        Assert.StartsWith("\"", data.GetString(), StringComparison.Ordinal); // the content is itself a JSON string literal
        Assert.Equal(text, InvocationRequest.Unwrap(data));
        Assert.Equal("3", metadata.GetProperty("DequeueCount").GetString());
        Assert.Equal("\"800ae4b3\"", metadata.GetProperty("Id").GetString());
        Assert.Equal("800ae4b3", InvocationRequest.Unwrap(metadata.GetProperty("Id")));
        Assert.Equal("Score", metadata.GetProperty("sys").GetProperty("MethodName").GetString());
        Assert.Equal("2026-11-22T10:00:00+00:00", metadata.GetProperty("InsertionTime").GetString());
    }

    [Fact]
    public void ForTimer_TimerInfoIsAnObject()
    {
        var timer = new FunctionDefinition { Name = "Digest", Trigger = TriggerKind.Timer, BindingName = "timer", Schedule = "0 */15 * * * *" };

        using var envelope = JsonDocument.Parse(InvocationEnvelope.ForTimer(timer, null, Now.AddMinutes(15), false, Now).ToJsonString());
        var info = envelope.RootElement.GetProperty("Data").GetProperty("timer");

        Assert.False(info.GetProperty("IsPastDue").GetBoolean());
        Assert.True(info.GetProperty("Schedule").GetProperty("AdjustForDST").GetBoolean());
        Assert.Equal("2026-11-22T10:15:00+00:00", info.GetProperty("ScheduleStatus").GetProperty("Next").GetString());
    }
}
