using LeadsNotLikes.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadsNotLikes.Tests.Hosting;

public sealed class HttpFailureMiddlewareTests
{
    private static readonly HttpFailureMiddleware Middleware = new(NullLogger<HttpFailureMiddleware>.Instance);

    [Fact]
    public async Task HttpFunctionThrows_CallerGetsAnExplicit500Problem_NotAnEmpty200()
    {
        var request = HttpFunctionCall.Request("GET", "/api/manage/teams");
        var context = new TestFunctionContext("ListTeams", http: request.HttpContext);

        await Middleware.Invoke(context, _ => throw new InvalidOperationException("Cosmos DB is unreachable"));

        Assert.Equal(500, request.HttpContext.Response.StatusCode);
        Assert.Equal("application/problem+json", request.HttpContext.Response.ContentType);
        request.HttpContext.Response.Body.Position = 0;
        var body = await new StreamReader(request.HttpContext.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Cosmos", body, StringComparison.Ordinal); // the cause stays in the log
    }

    [Fact]
    public async Task QueueFunctionThrows_TheInvocationStillFails_SoTheHostRetries()
    {
        var context = new TestFunctionContext("Score");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Middleware.Invoke(context, _ => throw new InvalidOperationException("transient")));
    }

    [Fact]
    public async Task HttpFunctionSucceeds_ResponseIsUntouched()
    {
        var request = HttpFunctionCall.Request("GET", "/api/manage/teams");
        var context = new TestFunctionContext("ListTeams", http: request.HttpContext);

        await Middleware.Invoke(context, _ =>
        {
            request.HttpContext.Response.StatusCode = 204;
            return Task.CompletedTask;
        });

        Assert.Equal(204, request.HttpContext.Response.StatusCode);
    }
}
