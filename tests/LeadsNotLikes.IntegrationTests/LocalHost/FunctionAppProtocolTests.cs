using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.IntegrationTests.LocalHost;

/// <summary>
/// The real function app's build output through the local host: every function in functions.metadata (what the SDK
/// generated, the same metadata the worker sends over gRPC) is loaded with the same trigger settings, and each HTTP
/// function is invocable: its request reaches the function (the worker's route table agrees with the host's, so the
/// two legs of the proxied invocation meet) instead of failing in the host.
/// </summary>
public sealed class FunctionAppProtocolTests(ServicesFixture services)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly HttpStatusCode[] HostFailures =
        [HttpStatusCode.Unauthorized, HttpStatusCode.MethodNotAllowed, HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable];

    private Dictionary<string, string> Settings() => new(services.Services.AppSettings)
    {
        ["Meta__AppSecret"] = "protocol-test-app-secret-0123",
        ["Meta__VerifyToken"] = "protocol-test-token",
        ["Smtp__From"] = "digest@leadsnotlikes.example",
        ["Digest__LinkSecret"] = "local-link-secret-0123456789abcdef0123456789",
        ["Cosmos__Database"] = "protocol-" + Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public async Task EveryFunctionInFunctionsMetadata_IsLoaded_AndEveryHttpFunctionIsInvocable()
    {
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(ServicesFixture.ScriptRoot, "functions.metadata"), Cancel));
        var expected = metadata.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone());
        var started = Stopwatch.StartNew();
        await using var host = await LocalFunctionsHost.StartAsync(new LocalFunctionsHostOptions
        {
            ScriptRootPath = ServicesFixture.ScriptRoot,
            Settings = Settings(),
            Port = 0,
            RunTimers = false,
        }, Cancel);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Host start to {host.Functions.Count} functions loaded and serving: {started.ElapsedMilliseconds} ms (worker process start to loaded: {host.WorkerStartupTime.TotalMilliseconds:0} ms)");

        Assert.Equal(expected.Keys.Order(), host.Functions.Select(f => f.Name).Order());
        foreach (var function in host.Functions)
        {
            var trigger = expected[function.Name];
            string? Value(string name) => trigger.TryGetProperty(name, out var v) ? v.GetString() : null;
            switch (function.Trigger)
            {
                case TriggerKind.Http:
                    Assert.Equal("/api/" + (Value("route") ?? function.Name), function.Route);
                    Assert.Equal(Value("authLevel"), function.AuthLevel);
                    break;
                case TriggerKind.Queue:
                    Assert.Equal(Value("queueName"), function.QueueName);
                    break;
                case TriggerKind.Timer:
                    Assert.Equal(Value("schedule"), function.Schedule);
                    break;
            }
        }

        using var http = new HttpClient { BaseAddress = host.BaseUri };
        http.DefaultRequestHeaders.Add("x-functions-key", host.Keys.FunctionKey);
        foreach (var function in host.Functions.Where(f => f.Trigger == TriggerKind.Http))
        {
            var path = function.Route!.TrimStart('/').Replace("{id}", "protocol-test", StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(function.Methods.FirstOrDefault() ?? "GET"), path);
            if (request.Method == HttpMethod.Put || request.Method == HttpMethod.Post)
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, Cancel);

            Assert.True(!HostFailures.Contains(response.StatusCode), $"{function.Name}: {request.Method} /{path} answered {(int)response.StatusCode}");
            // A request whose proxied leg and invocation never meet hangs until the proxy's 240 s activity timeout (or
            // the client's 100 s): 60 s tells that apart from a first call that is merely slow on a loaded machine.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{function.Name} took {watch.Elapsed} (the proxied request and the invocation did not meet?)");
        }
    }
}
