using System.Text.Json;
using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.Tests.LocalHost;

/// <summary>host.json and worker.config.json as the host reads them from the build output.</summary>
public sealed class ScriptRootTests
{
    private const string WorkerConfig = """
        {"description":{"language":"dotnet-isolated","extensions":[".dll"],"defaultExecutablePath":"dotnet","defaultWorkerPath":"App.dll","workerIndexing":"true","canUsePlaceholder":true}}
        """;

    private static ScriptRoot Parse(string hostJson, string workerConfig = WorkerConfig)
    {
        using var host = JsonDocument.Parse(hostJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        using var worker = JsonDocument.Parse(workerConfig);
        return ScriptRoot.Parse("/app", host.RootElement, worker.RootElement);
    }

    [Fact]
    public void HostJson_Settings_AreRead()
    {
        var root = Parse("""
            {
              "version": "2.0", // comments are allowed
              "extensions": {
                "http": { "routePrefix": "/v1/" },
                "queues": { "maxPollingInterval": "00:00:05", "visibilityTimeout": "00:00:30", "batchSize": 8, "newBatchThreshold": 3, "maxDequeueCount": 2, "messageEncoding": "none" }
              },
              "functionTimeout": "00:10:00"
            }
            """);

        Assert.Equal("v1", root.RoutePrefix);
        Assert.Equal(TimeSpan.FromSeconds(5), root.Queues.MaxPollingInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), root.Queues.VisibilityTimeout);
        Assert.Equal(8, root.Queues.BatchSize);
        Assert.Equal(3, root.Queues.EffectiveNewBatchThreshold);
        Assert.Equal(2, root.Queues.MaxDequeueCount);
        Assert.False(root.Queues.Base64Encoding);
        Assert.Equal(TimeSpan.FromMinutes(10), root.FunctionTimeout);
    }

    [Fact]
    public void HostJson_Defaults_AreTheHostsInDevelopment()
    {
        var root = Parse("""{"version":"2.0"}""");

        Assert.Equal("api", root.RoutePrefix);
        Assert.Equal(TimeSpan.FromSeconds(2), root.Queues.MaxPollingInterval);
        Assert.Equal(TimeSpan.Zero, root.Queues.VisibilityTimeout);
        Assert.Equal(16, root.Queues.BatchSize);
        Assert.Equal(8 * Environment.ProcessorCount, root.Queues.EffectiveNewBatchThreshold);
        Assert.Equal(5, root.Queues.MaxDequeueCount);
        Assert.True(root.Queues.Base64Encoding);
        Assert.Equal(TimeSpan.FromMinutes(30), root.FunctionTimeout);
    }

    [Fact]
    public void WorkerConfig_ExecutableFromPath_WorkerRelativeToTheScriptRoot()
    {
        var root = Parse("{}");

        Assert.Equal("dotnet", root.Worker.ExecutablePath);
        Assert.Equal(Path.Combine("/app", "App.dll"), root.Worker.WorkerPath);
    }

    [Fact]
    public void WorkerConfig_WorkerRootToken_IsTheScriptRoot()
    {
        var root = Parse("{}", WorkerConfig.Replace("\"dotnet\"", "\"{WorkerRoot}App\"", StringComparison.Ordinal));

        Assert.Equal("/app/App", root.Worker.ExecutablePath);
    }

    [Fact]
    public void WorkerConfig_WithoutWorkerIndexing_OrAnotherLanguage_IsRejected()
    {
        Assert.Throws<InvalidOperationException>(() => Parse("{}", WorkerConfig.Replace("\"workerIndexing\":\"true\"", "\"workerIndexing\":\"false\"", StringComparison.Ordinal)));
        Assert.Throws<InvalidOperationException>(() => Parse("{}", WorkerConfig.Replace("dotnet-isolated", "node", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_FolderWithoutABuild_SaysToBuild()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ScriptRoot.Load(Path.GetTempPath()));

        Assert.Contains("dotnet build", error.Message, StringComparison.Ordinal);
    }
}
