using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;
using Microsoft.Extensions.Logging;

namespace LeadsNotLikes.IntegrationTests.LocalHost;

/// <summary>
/// The local host driving a real isolated worker (the test worker app) over the host-worker gRPC protocol, with
/// Azurite for queues: HTTP proxying and keys, queue retries and poison, the timer through the admin endpoint.
/// </summary>
public sealed class LocalFunctionsHostTests(TestWorkerHost worker) : IClassFixture<TestWorkerHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpRequestMessage Request(HttpMethod method, string path, string? key = null, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "text/plain");
        }

        return request;
    }

    [Fact]
    public void Start_LoadsEveryFunctionFromTheWorkersMetadata()
    {
        var functions = worker.Host.Functions.ToDictionary(f => f.Name);

        Assert.Equal(["Echo", "Record", "Throws", "Tick"], functions.Keys.Order());
        Assert.Equal("/api/echo/{id}", functions["Echo"].Route);
        Assert.Equal("Function", functions["Echo"].AuthLevel);
        Assert.Equal(["GET", "POST"], functions["Echo"].Methods);
        Assert.Equal("/api/Throws", functions["Throws"].Route);
        Assert.Equal(worker.Queue, functions["Record"].QueueName);
        Assert.Equal("0 0 0 1 1 *", functions["Tick"].Schedule);
        TestContext.Current.TestOutputHelper?.WriteLine($"Worker started and loaded {functions.Count} functions in {worker.Host.WorkerStartupTime.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Http_RoundTrip_CarriesRouteValueQueryBodyStatusAndHeaders()
    {
        using var response = await worker.Http.SendAsync(Request(HttpMethod.Post, "api/echo/42?q=hello%20there", worker.Host.Keys.FunctionKey, "ä body"), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("echo", response.Headers.GetValues("X-Test-Worker").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("42", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("POST", json.RootElement.GetProperty("method").GetString());
        Assert.Equal("hello there", json.RootElement.GetProperty("query").GetString());
        Assert.Equal("ä body", json.RootElement.GetProperty("body").GetString());
        Assert.Equal("/api/echo/42", json.RootElement.GetProperty("path").GetString());
        await worker.UntilAsync(() => Task.FromResult(worker.Output.Any(l => l.Message == "Echo 42" && l.FunctionName == "Echo" && l.Level == LogLevel.Information)));
    }

    [Fact]
    public async Task Http_FunctionLevel_WithoutOrWithAWrongKey_Is401()
    {
        using var none = await worker.Http.SendAsync(Request(HttpMethod.Get, "api/echo/1"), Cancel);
        using var wrong = await worker.Http.SendAsync(Request(HttpMethod.Get, "api/echo/1", "not-a-key"), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Http_MasterKeyInTheCodeQuery_SatisfiesFunctionLevel()
    {
        using var response = await worker.Http.GetAsync($"api/echo/7?code={Uri.EscapeDataString(worker.Host.Keys.MasterKey)}", Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Http_WrongMethodOrUnknownRoute_IsNotServed()
    {
        using var put = await worker.Http.SendAsync(Request(HttpMethod.Put, "api/echo/1", worker.Host.Keys.FunctionKey), Cancel);
        using var unknown = await worker.Http.SendAsync(Request(HttpMethod.Get, "api/nothing-here", worker.Host.Keys.FunctionKey), Cancel);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Http_ThrowingFunction_Is500_AndTheFailureIsLogged()
    {
        using var response = await worker.Http.GetAsync("api/Throws", Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Cancel));
        await worker.UntilAsync(() => Task.FromResult(worker.Output.Any(l => l.FunctionName == "Throws" && l.Level >= LogLevel.Error)));
    }

    [Fact]
    public async Task Queue_Message_IsDeliveredDecodedWithItsMetadata_ThenDeleted()
    {
        var text = "ok-" + Guid.NewGuid().ToString("N");
        var sent = await worker.QueueClient(worker.Queue).SendMessageAsync(TestWorkerHost.Base64(text), Cancel);

        await worker.UntilAsync(async () => (await worker.PeekAsync(worker.Queue + "-out")).Select(TestWorkerHost.FromBase64).Contains($"{text}|1|{sent.Value.MessageId}"));
        await worker.UntilAsync(async () => (await worker.QueueClient(worker.Queue).GetPropertiesAsync(Cancel)).Value.ApproximateMessagesCount == 0);
    }

    [Fact]
    public async Task Queue_FailingMessage_IsRetriedUpToMaxDequeueCount_ThenPoisonedWithItsOriginalText()
    {
        var encoded = TestWorkerHost.Base64("please fail " + Guid.NewGuid().ToString("N"));
        await worker.QueueClient(worker.Queue).SendMessageAsync(encoded, Cancel);

        await worker.UntilAsync(async () => (await worker.PeekAsync(worker.Queue + "-poison")).Contains(encoded));
        var failures = worker.Output.Count(l => l.FunctionName == "Record" && l.Level >= LogLevel.Error && l.Exception?.Contains("Record was asked to fail", StringComparison.Ordinal) == true);
        Assert.True(failures >= 3, $"expected 3 failed attempts (maxDequeueCount), saw {failures}");
    }

    [Fact]
    public async Task Queue_NotBase64_GoesStraightToPoison()
    {
        var text = "{not base64 " + Guid.NewGuid().ToString("N") + "}";
        await worker.QueueClient(worker.Queue).SendMessageAsync(text, Cancel);

        await worker.UntilAsync(async () => (await worker.PeekAsync(worker.Queue + "-poison")).Contains(text));
    }

    [Fact]
    public async Task Timer_ThroughTheAdminEndpoint_ReceivesTimerInfo()
    {
        using var unauthorized = await worker.Http.PostAsJsonAsync("admin/functions/Tick", new { input = "" }, Cancel);
        using var request = Request(HttpMethod.Post, "admin/functions/Tick", worker.Host.Keys.MasterKey);
        request.Content = JsonContent.Create(new { input = "" });
        using var accepted = await worker.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        string? info = null;
        await worker.UntilAsync(async () => (info = (await worker.PeekAsync(worker.Queue + "-timer")).Select(TestWorkerHost.FromBase64).LastOrDefault()) is not null);
        using var json = JsonDocument.Parse(info!);
        Assert.False(json.RootElement.GetProperty("IsPastDue").GetBoolean());
        Assert.True(json.RootElement.GetProperty("Next").GetDateTime() > DateTime.UtcNow);
    }

    [Fact]
    public async Task RunFunctionAsync_ReportsSuccessAndFailure()
    {
        Assert.True(await worker.Host.RunFunctionAsync("Record", "direct " + Guid.NewGuid().ToString("N"), Cancel));
        Assert.False(await worker.Host.RunFunctionAsync("Record", "direct fail", Cancel));
        Assert.True(await worker.Host.RunFunctionAsync("Tick", null, Cancel));
    }

    [Fact]
    public async Task Http_Latency_IsMeasured()
    {
        var times = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await worker.Http.SendAsync(Request(HttpMethod.Get, $"api/echo/{i}", worker.Host.Keys.FunctionKey), Cancel);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            if (i >= 10)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        TestContext.Current.TestOutputHelper?.WriteLine($"HTTP round trip through the local host and worker: p50 {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms");
    }
}
