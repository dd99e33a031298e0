using LeadsNotLikes.Leads;
using System.Reflection;
using System.Text.Json;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Likes;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Queues;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.Tests.Hosting;

/// <summary>
/// What the Functions host will see: the function metadata the Worker SDK generated from the [Function] attributes
/// (functions.metadata in the build output, the same JSON the worker sends the host), and host.json.
/// </summary>
public sealed class FunctionMetadataContractTests
{
    private static readonly string AppRoot = typeof(LocalFunctionsHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "ScriptRoot").Value!;

    private static readonly JsonElement Functions = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppRoot, "functions.metadata"))).RootElement;

    private static JsonElement Trigger(string function) => Functions.EnumerateArray()
        .Single(f => f.GetProperty("name").GetString() == function)
        .GetProperty("bindings").EnumerateArray()
        .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static string? Property(JsonElement binding, string name) =>
        binding.TryGetProperty(name, out var value) ? value.GetString() : null;

    [Fact]
    public void Score_TriggersOnTheEventQueue_WithTheStorageSetting()
    {
        var trigger = Trigger(ScoreFunction.Name);

        Assert.Equal("queueTrigger", Property(trigger, "type"));
        Assert.Equal(QueueNames.Events, Property(trigger, "queueName"));
        Assert.Equal(QueueStorage.SettingName, Property(trigger, "connection"));
    }

    [Fact]
    public void Digest_RunsEveryQuarterHourInUtc()
    {
        var trigger = Trigger(DigestFunction.Name);

        Assert.Equal("timerTrigger", Property(trigger, "type"));
        Assert.Equal("0 */15 * * * *", Property(trigger, "schedule"));
    }

    [Fact]
    public void InstagramLikes_RunsHourlyAtMinute50InUtc_WithAFixedSchedule()
    {
        var trigger = Trigger(InstagramLikesFunction.Name);

        Assert.Equal("timerTrigger", Property(trigger, "type"));
        Assert.Equal("0 50 * * * *", Property(trigger, "schedule"));
    }

    [Fact]
    public void MetaWebhook_IsAnonymous_ForGetAndPost()
    {
        var trigger = Trigger(MetaWebhookFunction.Name);

        Assert.Equal("Anonymous", Property(trigger, "authLevel"));
        Assert.Equal("webhooks/meta", Property(trigger, "route"));
        Assert.Equal(["get", "post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void LeadAction_IsAnonymous_BecauseItsLinksAreSigned()
    {
        var trigger = Trigger(LeadActionFunction.Name);

        Assert.Equal("Anonymous", Property(trigger, "authLevel"));
        Assert.Equal("leads/{teamId}/{leadId}/{action}", Property(trigger, "route"));
    }

    [Fact]
    public void EveryPlatformWebhook_IsAnonymous_UnderWebhooks()
    {
        var webhooks = Functions.EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!)
            .Where(name => Property(Trigger(name), "route")?.StartsWith("webhooks/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(["GoogleReviewsWebhook", "InstagramWebhook", "LinkedInWebhook", "MetaDataDeletion", "MetaDataDeletionStatus", "MetaWebhook", "StandardWebhook", "TrustpilotWebhook", "XWebhook"], webhooks.Order());
        Assert.All(webhooks, name => Assert.Equal("Anonymous", Property(Trigger(name), "authLevel")));
    }

    [Fact]
    public void EveryOtherHttpFunction_NeedsAFunctionKey_UnderManage()
    {
        var http = Functions.EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!)
            .Where(name => Property(Trigger(name), "type") == "httpTrigger" && name != LeadActionFunction.Name)
            .Where(name => Property(Trigger(name), "route")?.StartsWith("webhooks/", StringComparison.Ordinal) != true)
            .ToList();

        Assert.Equal(12, http.Count);
        Assert.All(http, name =>
        {
            Assert.Equal("Function", Property(Trigger(name), "authLevel"));
            Assert.StartsWith("manage/", Property(Trigger(name), "route"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void HostJson_IsForTheIsolatedWorker_WithBase64Queues()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppRoot, "host.json")));
        var root = host.RootElement;

        Assert.False(root.TryGetProperty("customHandler", out _));
        Assert.False(root.TryGetProperty("extensionBundle", out _), "a .NET isolated app brings its extensions (extensions.json), not the bundle");
        Assert.Equal("base64", root.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString());
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void WorkerConfig_StartsTheAppWithDotnet_AndWorkerIndexing()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppRoot, "worker.config.json")));
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("LeadsNotLikes.Functions.dll", description.GetProperty("defaultWorkerPath").GetString());
        Assert.Equal("true", description.GetProperty("workerIndexing").GetString());
    }
}
