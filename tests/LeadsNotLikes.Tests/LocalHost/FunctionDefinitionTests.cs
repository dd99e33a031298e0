using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.Tests.LocalHost;

/// <summary>Functions from the worker's raw bindings (the JSON the SDK writes to functions.metadata and sends over gRPC).</summary>
public sealed class FunctionDefinitionTests
{
    private const string HttpTrigger = """{"name":"request","direction":"In","type":"httpTrigger","authLevel":"Function","methods":["get","put"],"route":"manage/teams/{id}","properties":{}}""";
    private const string HttpReturn = """{"name":"$return","type":"http","direction":"Out"}""";
    private const string QueueTrigger = """{"name":"message","direction":"In","type":"queueTrigger","dataType":"String","queueName":"%Events__Queue%","connection":"Storage","properties":{}}""";
    private const string TimerTrigger = """{"name":"timer","direction":"In","type":"timerTrigger","schedule":"0 */15 * * * *","runOnStartup":true,"properties":{}}""";

    private static FunctionDefinition Parse(string name, params string[] bindings) => FunctionDefinition.Parse(name, "id-" + name, "App.Functions." + name, "App.dll", bindings);

    [Fact]
    public void Http_RouteMethodsAndAuthLevel_ComeFromTheTrigger()
    {
        var function = Parse("GetTeam", HttpTrigger, HttpReturn);

        Assert.Equal(TriggerKind.Http, function.Trigger);
        Assert.Equal("request", function.BindingName);
        Assert.Equal("manage/teams/{id}", function.Route);
        Assert.Equal(["GET", "PUT"], function.Methods);
        Assert.Equal("Function", function.AuthLevel);
        Assert.Equal("/api/manage/teams/{id}", HttpTriggerForwarder.RoutePattern("api", function));
    }

    [Fact]
    public void Http_WithoutRoute_IsServedAtItsName_AndAnEmptyPrefixIsLeftOut()
    {
        var function = Parse("Hook", """{"name":"req","direction":"In","type":"httpTrigger","authLevel":"Anonymous","properties":{}}""", HttpReturn);

        Assert.Equal("/api/Hook", HttpTriggerForwarder.RoutePattern("api", function));
        Assert.Equal("/Hook", HttpTriggerForwarder.RoutePattern("", function));
        Assert.Empty(function.Methods);
        Assert.Equal("Anonymous", function.AuthLevel);
    }

    [Fact]
    public void Queue_NameConnectionAndDataType_ComeFromTheTrigger()
    {
        var function = Parse("Score", QueueTrigger);

        Assert.Equal(TriggerKind.Queue, function.Trigger);
        Assert.Equal("%Events__Queue%", function.QueueName);
        Assert.Equal("Storage", function.Connection);
        Assert.Equal("String", function.DataType);
        Assert.False(function.SupportsDeferredBinding);
    }

    [Fact]
    public void Queue_WithoutConnection_UsesAzureWebJobsStorage_AndDeferredBindingIsRead()
    {
        var function = Parse("Raw", """{"name":"m","direction":"In","type":"queueTrigger","queueName":"q","properties":{"SupportsDeferredBinding":"True"}}""");

        Assert.Equal("AzureWebJobsStorage", function.Connection);
        Assert.True(function.SupportsDeferredBinding);
    }

    [Fact]
    public void Timer_ScheduleAndRunOnStartup_ComeFromTheTrigger()
    {
        var function = Parse("Digest", TimerTrigger);

        Assert.Equal(TriggerKind.Timer, function.Trigger);
        Assert.Equal("0 */15 * * * *", function.Schedule);
        Assert.True(function.RunOnStartup);
    }

    [Fact]
    public void QueueOutputs_AreTheQueueBindingsThatAreNotInputs()
    {
        var function = Parse("Replay", HttpTrigger, HttpReturn, """{"name":"Messages","direction":"Out","type":"queue","queueName":"events","properties":{}}""");

        Assert.Equal(["Messages"], function.QueueOutputs.Select(b => b.Name));
    }

    [Theory]
    [InlineData("""{"name":"doc","direction":"Out","type":"cosmosDB","properties":{}}""", "cosmosDB")]
    [InlineData("""{"name":"blob","direction":"In","type":"blob","properties":{}}""", "blob")]
    public void UnsupportedBinding_FailsWithTheFunctionsName(string binding, string type)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Parse("Writer", QueueTrigger, binding));

        Assert.Contains("Writer", error.Message, StringComparison.Ordinal);
        Assert.Contains(type, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedTrigger_NoTrigger_TwoTriggers_AndDuplicateNames_Fail()
    {
        Assert.Throws<InvalidOperationException>(() => Parse("F", """{"name":"e","direction":"In","type":"eventHubTrigger","properties":{}}"""));
        Assert.Throws<InvalidOperationException>(() => Parse("F", HttpReturn));
        Assert.Throws<InvalidOperationException>(() => Parse("F", QueueTrigger, TimerTrigger));
        Assert.Throws<InvalidOperationException>(() => Parse("F", HttpTrigger, """{"name":"REQUEST","type":"http","direction":"Out"}"""));
        Assert.Throws<InvalidOperationException>(() => Parse("F", """{"name":"m","direction":"In","type":"queueTrigger","properties":{}}"""));
    }

    [Fact]
    public void LoadRequest_CarriesIdNameEntryPointScriptFileAndEachBindingsDirectionTypeAndDataType()
    {
        var request = Parse("Score", QueueTrigger, """{"name":"$return","direction":"Out","type":"queue","queueName":"out","properties":{}}""").ToLoadRequest();

        Assert.Equal("id-Score", request.FunctionId);
        Assert.Equal("Score", request.Metadata.Name);
        Assert.Equal("App.Functions.Score", request.Metadata.EntryPoint);
        Assert.Equal("App.dll", request.Metadata.ScriptFile);
        Assert.False(request.Metadata.IsProxy);
        Assert.Equal(BindingInfo.Types.Direction.In, request.Metadata.Bindings["message"].Direction);
        Assert.Equal("queueTrigger", request.Metadata.Bindings["message"].Type);
        Assert.Equal(BindingInfo.Types.DataType.String, request.Metadata.Bindings["message"].DataType);
        Assert.Equal(BindingInfo.Types.Direction.Out, request.Metadata.Bindings["$return"].Direction);
        Assert.Equal(BindingInfo.Types.DataType.Undefined, request.Metadata.Bindings["$return"].DataType);
    }
}
