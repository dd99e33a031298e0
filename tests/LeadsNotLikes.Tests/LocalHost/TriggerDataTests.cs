using System.Text;
using System.Text.Json;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Host.Rpc;
using Microsoft.AspNetCore.Http;

namespace LeadsNotLikes.Tests.LocalHost;

/// <summary>The invocation's input data and trigger metadata, as the host builds them for each trigger.</summary>
public sealed class TriggerDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 7, 13, 250, TimeSpan.Zero);

    private static FunctionDefinition Queue(string? dataType = "String", bool deferred = false) => new()
    {
        Name = "Score",
        FunctionId = "f1",
        Trigger = TriggerKind.Queue,
        BindingName = "message",
        QueueName = "engagement-events",
        DataType = dataType,
        SupportsDeferredBinding = deferred,
    };

    private static QueueMessageData Message(string text) =>
        new("m1", "pop1", 2, Now, Now.AddDays(7), Now.AddMinutes(10), Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Queue_TextIsAString_AndTheMetadataHasTheHostsKeysAndTypes()
    {
        var request = TriggerData.ForQueueMessage(Queue(), Message("{\"eventId\":\"ä\"}"));

        var input = Assert.Single(request.InputData);
        Assert.Equal("message", input.Name);
        Assert.Equal("{\"eventId\":\"ä\"}", input.Data.String);
        var metadata = request.TriggerMetadata;
        Assert.Equal(["DequeueCount", "ExpirationTime", "Id", "InsertionTime", "NextVisibleTime", "PopReceipt", "QueueTrigger"], metadata.Keys.Order());
        Assert.Equal("{\"eventId\":\"ä\"}", metadata["QueueTrigger"].String);
        Assert.Equal("2", metadata["DequeueCount"].Json);
        Assert.Equal("m1", metadata["Id"].String);
        Assert.Equal("pop1", metadata["PopReceipt"].String);
        Assert.Equal("\"2026-11-30T10:07:13.25+00:00\"", metadata["InsertionTime"].Json);
        Assert.Equal("\"2026-12-07T10:07:13.25+00:00\"", metadata["ExpirationTime"].Json);
        Assert.Equal("\"2026-11-30T10:17:13.25+00:00\"", metadata["NextVisibleTime"].Json);
    }

    [Fact]
    public void Queue_BinaryDataType_IsSentAsBytes_AndInvalidUtf8HasNoQueueTriggerText()
    {
        var message = Message("") with { Body = [0xff, 0xfe, 0x00] };

        var request = TriggerData.ForQueueMessage(Queue("Binary"), message);

        Assert.Equal([0xff, 0xfe, 0x00], request.InputData[0].Data.Bytes.ToByteArray());
        Assert.False(request.TriggerMetadata.ContainsKey("QueueTrigger"));
    }

    [Fact]
    public void Queue_DeferredBinding_IsModelBindingDataWithTheQueueMessageJson()
    {
        var request = TriggerData.ForQueueMessage(Queue(null, deferred: true), Message("hello"));

        var data = request.InputData[0].Data.ModelBindingData;
        Assert.Equal("AzureStorageQueues", data.Source);
        Assert.Equal("application/json", data.ContentType);
        Assert.Equal("1.0", data.Version);
        using var json = JsonDocument.Parse(data.Content.ToStringUtf8());
        Assert.Equal("m1", json.RootElement.GetProperty("MessageId").GetString());
        Assert.Equal("hello", json.RootElement.GetProperty("MessageText").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("DequeueCount").GetInt64());
        Assert.Equal(Now.AddDays(7).UtcDateTime, json.RootElement.GetProperty("ExpiresOn").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public void Timer_TimerInfoIsJsonTheWorkersConverterReads()
    {
        var function = new FunctionDefinition { Name = "Digest", FunctionId = "f2", Trigger = TriggerKind.Timer, BindingName = "timer", Schedule = "0 */15 * * * *" };

        var request = TriggerData.ForTimer(function, null, Now.AddMinutes(8), Now, isPastDue: false);

        Assert.Equal("timer", request.InputData[0].Name);
        using var json = JsonDocument.Parse(request.InputData[0].Data.Json);
        var root = json.RootElement;
        Assert.True(root.GetProperty("Schedule").GetProperty("AdjustForDST").GetBoolean());
        Assert.False(root.GetProperty("IsPastDue").GetBoolean());
        var status = root.GetProperty("ScheduleStatus");
        Assert.Equal(DateTime.MinValue, status.GetProperty("Last").GetDateTime()); // never null: the worker's Last is a DateTime
        Assert.Equal(Now.AddMinutes(8).UtcDateTime, status.GetProperty("Next").GetDateTime().ToUniversalTime());
        Assert.Equal(Now.UtcDateTime, status.GetProperty("LastUpdated").GetDateTime().ToUniversalTime());
        Assert.True(request.TriggerMetadata.ContainsKey("TimerTrigger"));
    }

    [Fact]
    public void Http_InputIsAnEmptyRpcHttp_AndTheMetadataHasRouteValuesQueryAndHeaders_ButNoKey()
    {
        var function = new FunctionDefinition { Name = "GetTeam", FunctionId = "f3", Trigger = TriggerKind.Http, BindingName = "req", Route = "manage/teams/{id}" };
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?code=secret&page=2");
        context.Request.RouteValues["id"] = "t-1";
        context.Request.Headers["X-Custom"] = "yes";

        var request = TriggerData.ForHttp(function, context.Request, "inv-1");

        Assert.Equal("inv-1", request.InvocationId);
        var input = Assert.Single(request.InputData);
        Assert.Equal("req", input.Name);
        Assert.Equal(TypedData.DataOneofCase.Http, input.Data.DataCase);
        Assert.Equal("t-1", request.TriggerMetadata["id"].String);
        Assert.Equal("2", request.TriggerMetadata["page"].String);
        Assert.False(request.TriggerMetadata.ContainsKey("code"));
        Assert.Equal("{\"page\":\"2\"}", request.TriggerMetadata["Query"].Json);
        Assert.Contains("\"X-Custom\":\"yes\"", request.TriggerMetadata["Headers"].Json, StringComparison.Ordinal);
    }

    [Fact]
    public void QueueOutputs_StringsJsonBytesAndCollections_BecomeMessages()
    {
        Assert.Equal(["a"], QueueOutputWriter.Messages(new TypedData { String = "a" }).Select(Encoding.UTF8.GetString));
        Assert.Equal(["{\"x\":1}"], QueueOutputWriter.Messages(new TypedData { Json = "{\"x\":1}" }).Select(Encoding.UTF8.GetString));
        var collection = new TypedData { CollectionString = new CollectionString() };
        collection.CollectionString.String.Add(["one", "two"]);
        Assert.Equal(["one", "two"], QueueOutputWriter.Messages(collection).Select(Encoding.UTF8.GetString));
        Assert.Empty(QueueOutputWriter.Messages(null));
        Assert.Empty(QueueOutputWriter.Messages(new TypedData()));
    }
}
