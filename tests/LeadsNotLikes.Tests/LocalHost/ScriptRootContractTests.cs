using System.Reflection;
using System.Text.Json;
using LeadsNotLikes.Digest;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Queues;
using LeadsNotLikes.Teams;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LeadsNotLikes.Tests.LocalHost;

/// <summary>
/// The handler and the files the Functions host reads must agree: every function.json trigger has an endpoint,
/// queue names and binding names match the code, and host.json says what the code assumes.
/// </summary>
public sealed class ScriptRootContractTests
{
    internal static string ScriptRootPath => typeof(LocalFunctionsHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "ScriptRoot").Value!;

    private static readonly ScriptRoot Root = ScriptRoot.Load(ScriptRootPath);

    private static FunctionDefinition Function(string name) => Root.Functions.Single(f => f.Name == name);

    [Fact]
    public void HostJson_StartsTheHandlerThroughRunSh_WithForwarding()
    {
        // "sh" is not a file in the package, so the host runs it from PATH with run.sh as its argument (azure-facts.md A.2, E.6).
        Assert.Equal("sh", Root.Handler.DefaultExecutablePath);
        Assert.Equal(["run.sh"], Root.Handler.Arguments);
        Assert.True(File.Exists(Path.Combine(Root.Path, "run.sh")));
        Assert.True(File.Exists(Path.Combine(Root.Path, "LeadsNotLikes.Functions")));
        Assert.True(Root.EnableForwardingHttpRequest);
        Assert.Equal("api", Root.RoutePrefix);
        Assert.True(Root.Queues.Base64Encoding); // EventMessages writes base64
        Assert.Equal(TimeSpan.FromMinutes(10), Root.FunctionTimeout);
    }

    [Fact]
    public void HostJson_UsesExtensionBundleFour()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root.Path, "host.json")));
        var bundle = host.RootElement.GetProperty("extensionBundle");

        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", bundle.GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", bundle.GetProperty("version").GetString());
    }

    [Fact]
    public void ScoreFunction_ListensOnTheQueueTheWebhookWrites()
    {
        var score = Function(ScoreFunction.Name);

        Assert.Equal(TriggerKind.Queue, score.Trigger);
        Assert.Equal(QueueNames.Events, score.QueueName);
        Assert.Equal(ScoreFunction.Binding, score.BindingName);
        Assert.Equal("AzureWebJobsStorage", score.Connection);
    }

    [Fact]
    public void DigestFunction_IsATimerOnAValidSchedule()
    {
        var digest = Function(DigestFunction.Name);

        Assert.Equal(TriggerKind.Timer, digest.Trigger);
        Assert.NotNull(NCrontab.CrontabSchedule.TryParse(digest.Schedule, new NCrontab.CrontabSchedule.ParseOptions { IncludingSeconds = true }));
    }

    [Fact]
    public void HttpFunctions_RouteToTheHandlersPaths()
    {
        Assert.Equal(MetaWebhookApi.Route, HttpTriggerForwarder.RoutePattern(Root, Function("MetaWebhook")));
        Assert.Equal("anonymous", Function("MetaWebhook").AuthLevel);
        Assert.StartsWith(ManageApi.Route + "/", HttpTriggerForwarder.RoutePattern(Root, Function("Manage")), StringComparison.Ordinal);
        Assert.Equal("function", Function("Manage").AuthLevel);
    }

    [Fact]
    public void EveryQueueAndTimerFunction_HasAnEndpointInTheHandler()
    {
        using var app = new FunctionAppFactory();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText?.TrimEnd('/')).ToHashSet();

        Assert.All(Root.Functions.Where(f => f.Trigger != TriggerKind.Http), f => Assert.Contains($"/{f.Name}", routes));
    }
}
