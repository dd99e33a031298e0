using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.Tests.LocalHost;

/// <summary>The worker's command line and environment, as the host builds them (isolated-worker-facts.md 1.2).</summary>
public sealed class WorkerProcessTests
{
    private static readonly ScriptRoot Root = new()
    {
        Path = "/app",
        Worker = new WorkerDescription("dotnet", "/app/App.dll"),
        RoutePrefix = "api",
        Queues = new QueueSettings(),
        FunctionTimeout = TimeSpan.FromMinutes(10),
    };

    [Fact]
    public void StartInfo_HasTheHostsArgumentsInOrder()
    {
        var start = WorkerProcess.StartInfo(Root, new Dictionary<string, string>(), new Uri("http://127.0.0.1:5123/"), "w1", "r1");

        Assert.Equal("dotnet", start.FileName);
        Assert.Equal("/app", start.WorkingDirectory);
        Assert.Equal(
            ["/app/App.dll", "--host", "127.0.0.1", "--port", "5123", "--workerId", "w1", "--requestId", "r1", "--grpcMaxMessageLength", "2147483647",
             "--functions-uri", "http://127.0.0.1:5123/", "--functions-worker-id", "w1", "--functions-request-id", "r1", "--functions-grpc-max-message-length", "2147483647"],
            start.ArgumentList);
        Assert.True(start.RedirectStandardOutput);
        Assert.True(start.RedirectStandardError);
    }

    [Fact]
    public void StartInfo_Environment_IsTheSettingsPlusTheWorkerVariables()
    {
        var settings = new Dictionary<string, string> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["FUNCTIONS_WORKER_RUNTIME"] = "custom" };

        var start = WorkerProcess.StartInfo(Root, settings, new Uri("http://127.0.0.1:5123/"), "w1", "r1");

        Assert.Equal("UseDevelopmentStorage=true", start.Environment["AzureWebJobsStorage"]);
        Assert.Equal("dotnet-isolated", start.Environment["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("/app", start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"]);
        Assert.Equal("/app", start.Environment["FUNCTIONS_WORKER_DIRECTORY"]);
        Assert.Equal("Development", start.Environment["AZURE_FUNCTIONS_ENVIRONMENT"]);
        Assert.NotNull(start.Environment["PATH"]); // inherited, as the host's worker inherits the host's environment
    }
}
