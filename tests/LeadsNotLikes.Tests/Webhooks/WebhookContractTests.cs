using System.Text;
using System.Text.Json;
using Azure;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.Tests.Webhooks;

/// <summary>
/// The bad-input suite every platform's webhook must pass, one test per case; each platform's test class derives
/// from this and says how to authenticate, what a good delivery is, and what an unknown type and account look like.
/// </summary>
public abstract class WebhookContractTests
{
    protected const int MaxBodyBytes = 64 * 1024;

    protected RecordingPublisher Publisher { get; } = new();

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 5, 20, 12, 0, 0, TimeSpan.Zero));

    protected FakeLogger<WebhookIntake> Logger { get; } = new();

    protected WebhookIntake Intake => new(Options.Create(new WebhookOptions { MaxBodyBytes = MaxBodyBytes }), Publisher, Logger);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A delivery of <see cref="DeliveryEvents"/> events for a known account (and maybe ignored changes).</summary>
    protected abstract string Delivery { get; }

    protected abstract int DeliveryEvents { get; }

    /// <summary>A delivery holding one good event and one event of a type the platform may add later.</summary>
    protected abstract string WithUnknownType { get; }

    /// <summary>Names and text in <see cref="Delivery"/> that must never reach a log.</summary>
    protected abstract IReadOnlyList<string> PersonalData { get; }

    /// <summary>Whether the platform signs a timestamp (then stale and future ones are refused).</summary>
    protected virtual bool HasTimestamp => false;

    /// <summary>Whether the signature covers the body (Trustpilot's URL token does not: a cut body is then just malformed).</summary>
    protected virtual bool SignsBody => true;

    /// <summary>How many events <see cref="WithUnknownType"/> queues (0 for a platform that pushes one notification per request).</summary>
    protected virtual int UnknownTypeQueued => 1;

    /// <summary>Whether the platform can be left unconfigured (then its endpoint answers 404).</summary>
    protected virtual bool HasOptionalConfiguration => true;

    protected abstract Task<HttpFunctionCall> PostAsync(byte[] body, WebhookAuth auth, bool chunked = false, bool unknownAccount = false);

    protected abstract Task<HttpFunctionCall> PostUnconfiguredAsync(byte[] body);

    protected Task<HttpFunctionCall> PostAsync(string body, WebhookAuth auth = WebhookAuth.Valid) => PostAsync(Encoding.UTF8.GetBytes(body), auth);

    [Fact]
    public async Task Post_SignedDelivery_QueuesEveryEventThenAnswers200()
    {
        var response = await PostAsync(Delivery);

        Assert.Equal(200, response.Status);
        Assert.Equal(DeliveryEvents, response.Json.GetProperty("queued").GetInt32());
        Assert.Equal(DeliveryEvents, Publisher.Events.Count);
    }

    [Fact]
    public async Task Post_SameDeliveryTwice_GivesTheSameEventIds()
    {
        await PostAsync(Delivery);
        var first = Publisher.Events.Select(e => e.EventId).ToList();
        Publisher.Events.Clear();
        Time.Advance(TimeSpan.FromMinutes(1));

        await PostAsync(Delivery);

        Assert.Equal(first, Publisher.Events.Select(e => e.EventId));
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public async Task Post_MissingSignature_Is401AndQueuesNothing() => AssertRefused(await PostAsync(Delivery, WebhookAuth.Missing), 401);

    [Fact]
    public async Task Post_ForgedSignature_Is403AndQueuesNothing() => AssertRefused(await PostAsync(Delivery, WebhookAuth.Forged), 403);

    [Fact]
    public async Task Post_WrongSecret_Is403AndQueuesNothing() => AssertRefused(await PostAsync(Delivery, WebhookAuth.WrongSecret), 403);

    [Fact]
    public async Task Post_StaleTimestamp_Is403AndQueuesNothing()
    {
        Assert.SkipUnless(HasTimestamp, "The platform signs no timestamp.");
        AssertRefused(await PostAsync(Delivery, WebhookAuth.Stale), 403);
    }

    [Fact]
    public async Task Post_FutureTimestamp_Is403AndQueuesNothing()
    {
        Assert.SkipUnless(HasTimestamp, "The platform signs no timestamp.");
        AssertRefused(await PostAsync(Delivery, WebhookAuth.Future), 403);
    }

    [Fact]
    public async Task Post_BodyCutAfterSigning_IsRefused()
    {
        var full = Encoding.UTF8.GetBytes(Delivery);
        var response = await PostSignedThenSentAsync(full, full[..(full.Length / 2)]);

        AssertRefused(response, SignsBody ? 403 : 400);
    }

    [Fact]
    public async Task Post_SignedTruncatedBody_Is400() =>
        AssertRefused(await PostAsync(Delivery[..(Delivery.Length / 2)]), 400);

    [Theory]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("<xml/>")]
    public async Task Post_SignedNonJsonBody_Is400(string body) => AssertRefused(await PostAsync(body), 400);

    [Theory]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    public async Task Post_SignedJsonOfTheWrongShape_Is400(string body) => AssertRefused(await PostAsync(body), 400);

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // no declared length: the limit applies while reading
    public async Task Post_OverSizeLimit_Is413(bool chunked)
    {
        var body = Encoding.UTF8.GetBytes(Delivery + new string(' ', MaxBodyBytes));

        AssertRefused(await PostAsync(body, WebhookAuth.Valid, chunked), 413);
    }

    [Fact]
    public async Task Post_UnknownEventType_IsAcceptedReportedAndIgnored_TheGoodEventIsQueued()
    {
        var response = await PostAsync(WithUnknownType);

        Assert.Equal(200, response.Status);
        Assert.Equal(UnknownTypeQueued, response.Json.GetProperty("queued").GetInt32());
        Assert.NotEqual(0, response.Json.GetProperty("ignored").GetArrayLength());
        Assert.Equal(UnknownTypeQueued, Publisher.Events.Count);
    }

    [Fact]
    public async Task Post_UnknownAccount_IsAcceptedAndQueuedForTheScoreFunctionToPark()
    {
        var response = await PostAsync(Encoding.UTF8.GetBytes(Delivery), WebhookAuth.Valid, unknownAccount: true);

        Assert.Equal(200, response.Status);
        Assert.NotEmpty(Publisher.Events);
    }

    public static TheoryData<Exception> QueueFailures => new()
    {
        new RequestFailedException(500, "storage down", "InternalError", null),
        new Azure.Identity.AuthenticationFailedException("managed identity unavailable"),
        new HttpRequestException("connection refused"),
    };

    [Theory]
    [MemberData(nameof(QueueFailures))]
    public async Task Post_QueueUnavailable_Is503SoThePlatformRetries(Exception failure)
    {
        Publisher.Failure = failure;

        var response = await PostAsync(Delivery);

        Assert.Equal(503, response.Status);
        Assert.Equal("Queue unavailable", response.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Post_PlatformNotConfigured_Is404()
    {
        Assert.SkipUnless(HasOptionalConfiguration, "The platform's settings are required at start.");
        var response = await PostUnconfiguredAsync(Encoding.UTF8.GetBytes(Delivery));

        Assert.Equal(404, response.Status);
        Assert.Empty(Publisher.Events);
    }

    [Fact]
    public async Task Post_AnyOutcome_LogsNoNamesOrText()
    {
        await PostAsync(Delivery);
        await PostAsync(WithUnknownType);
        await PostAsync(Delivery, WebhookAuth.Forged);

        var logged = string.Join('\n', Logger.Collector.GetSnapshot().Select(r => r.Message));
        Assert.NotEmpty(logged);
        Assert.All(PersonalData, data => Assert.DoesNotContain(data, logged, StringComparison.Ordinal));
    }

    /// <summary>Signs <paramref name="signed"/> but sends <paramref name="sent"/>; platforms without a body signature override it.</summary>
    protected abstract Task<HttpFunctionCall> PostSignedThenSentAsync(byte[] signed, byte[] sent);

    private void AssertRefused(HttpFunctionCall response, int status)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Empty(Publisher.Events);
    }

    protected static JsonElement Ignored(HttpFunctionCall response) => response.Json.GetProperty("ignored");
}
