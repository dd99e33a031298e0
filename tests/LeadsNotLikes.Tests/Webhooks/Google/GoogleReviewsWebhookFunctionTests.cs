using System.Security.Cryptography;
using System.Text;
using LeadsNotLikes.Events;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Google;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LeadsNotLikes.Tests.Webhooks.Google;

public sealed class GoogleReviewsWebhookFunctionTests : WebhookContractTests, IAsyncLifetime
{
    private const string Audience = "https://lnl.example/api/webhooks/google";
    private const string ServiceAccount = "pubsub-push@lnl-project.iam.gserviceaccount.com";
    private const string ReviewName = "accounts/111/locations/222/reviews/AbFvOq1";

    private FakeGoogle _google = default!;
    private ServiceProvider _services = default!;

    public async ValueTask InitializeAsync()
    {
        _google = await FakeGoogle.StartAsync();
        _services = Services(Configure);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _google.DisposeAsync();
    }

    private void Configure(GoogleOptions o)
    {
        o.Audience = Audience;
        o.ServiceAccountEmail = ServiceAccount;
        o.OpenIdConfigurationUrl = new Uri(_google.BaseUri, ".well-known/openid-configuration").AbsoluteUri;
        o.ApiBaseUrl = _google.BaseUri.AbsoluteUri;
        o.TokenUrl = new Uri(_google.BaseUri, "token").AbsoluteUri;
        o.ClientId = "client-1";
        o.ClientSecret = "client-secret-1";
        o.RefreshToken = "refresh-token-1";
    }

    /// <summary>
    /// The app's registrations (resilience pipelines included) with these Google settings, on the real clock: the
    /// pipelines' waits (Retry-After, backoff) are real and short, and tokens are made for the real now.
    /// </summary>
    private static ServiceProvider Services(Action<GoogleOptions> configure) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .Configure(configure)
        .AddPlatformClients()
        .BuildServiceProvider();

    private GoogleReviewsWebhookFunction Function(ServiceProvider? services = null)
    {
        var sp = services ?? _services;
        return new(sp.GetRequiredService<IOptions<GoogleOptions>>(), sp.GetRequiredService<PubSubPushAuthenticator>(),
            sp.GetRequiredService<GoogleReviewNotifications>(), Intake);
    }

    private static string Push(string notification, string messageId = "2070443601311540") =>
        $$"""{"message":{"attributes":{},"data":"{{Convert.ToBase64String(Encoding.UTF8.GetBytes(notification))}}","messageId":"{{messageId}}","message_id":"{{messageId}}","publishTime":"2025-05-20T09:00:01.749Z"},"subscription":"projects/p/subscriptions/s"}""";

    protected override string Delivery { get; } = Push($$"""{"notificationType":"NEW_REVIEW","locationName":"accounts/111/locations/222","reviewName":"{{ReviewName}}"}""");

    protected override int DeliveryEvents => 1;

    protected override bool HasTimestamp => true;

    protected override bool SignsBody => false;

    protected override int UnknownTypeQueued => 0;

    protected override string WithUnknownType { get; } = Push("""{"notificationType":"NEW_QUESTION","locationName":"accounts/111/locations/222"}""");

    protected override IReadOnlyList<string> PersonalData => ["Greta Example", "wedding cakes"];

    private string Jwt(WebhookAuth auth = WebhookAuth.Valid, string audience = Audience, string email = ServiceAccount, bool emailVerified = true)
    {
        var now = DateTime.UtcNow;
        var (issued, expires) = auth switch
        {
            WebhookAuth.Stale => (now.AddHours(-2), now.AddHours(-1)),
            WebhookAuth.Future => (now.AddMinutes(10), now.AddHours(1)),
            _ => (now, now.AddHours(1)),
        };
        SecurityKey key = auth == WebhookAuth.WrongSecret ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = "attacker-key" } : _google.SigningKey;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://accounts.google.com",
            Audience = audience,
            IssuedAt = issued,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["email"] = email, ["email_verified"] = emailVerified, ["sub"] = "1137", ["azp"] = "1137" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override Task<HttpFunctionCall> PostAsync(byte[] body, WebhookAuth auth, bool chunked = false, bool unknownAccount = false)
    {
        if (unknownAccount)
        {
            body = Encoding.UTF8.GetBytes(Push("""{"notificationType":"NEW_REVIEW","reviewName":"accounts/9/locations/999/reviews/x1"}"""));
        }

        var authorization = auth switch
        {
            WebhookAuth.Missing => null,
            WebhookAuth.Forged => "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
            _ => "Bearer " + Jwt(auth),
        };
        return Send(Function(), body, authorization, chunked);
    }

    protected override Task<HttpFunctionCall> PostSignedThenSentAsync(byte[] signed, byte[] sent) => Send(Function(), sent, "Bearer " + Jwt());

    protected override async Task<HttpFunctionCall> PostUnconfiguredAsync(byte[] body)
    {
        await using var unconfigured = Services(_ => { });
        return await Send(Function(unconfigured), body, "Bearer " + Jwt());
    }

    private static Task<HttpFunctionCall> Send(GoogleReviewsWebhookFunction function, byte[] body, string? authorization, bool chunked = false)
    {
        var headers = authorization is null ? null : new Dictionary<string, string> { ["Authorization"] = authorization };
        return HttpFunctionCall.RunAsync(HttpFunctionCall.Request("POST", "/api/" + GoogleReviewsWebhookFunction.Route, body, headers, chunked: chunked),
            r => function.RunAsync(r, TestContext.Current.CancellationToken));
    }

    private Task<HttpFunctionCall> PostWithTokenAsync(string token, string? body = null) =>
        Send(Function(), Encoding.UTF8.GetBytes(body ?? Delivery), "Bearer " + token);

    [Fact]
    public async Task Post_NewReview_FetchesTheReviewAndQueuesIt()
    {
        await PostAsync(Delivery);

        var review = Assert.Single(Publisher.Events);
        Assert.Equal((Platforms.Google, "222", EngagementKind.Review, EngagementAction.Added), (review.Platform, review.AccountId, review.Kind, review.Action));
        Assert.Equal((ReviewName, "AbFvOq1", 4, "Greta Example"), (review.PostId, review.ItemId, review.Rating, review.AuthorName));
        Assert.StartsWith("Lovely bakery", review.Text, StringComparison.Ordinal);
        Assert.Equal(EventIds.From(Platforms.Google, ReviewName, "2025-05-20T09:00:00Z"), review.EventId);
    }

    [Fact]
    public async Task Post_UpdatedReview_IsAnEditWithANewEventId()
    {
        await PostAsync(Push("""{"type":"UPDATED_REVIEW","review_name":"accounts/111/locations/222/reviews/AbFvOq1edited"}"""));

        var review = Assert.Single(Publisher.Events);
        Assert.Equal(EngagementAction.Edited, review.Action);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.Zero), review.OccurredAt);
    }

    [Theory]
    [InlineData("""{"notificationType":"NEW_REVIEW","reviewName":"accounts/1/locations/2/reviews/r"}""")]
    [InlineData("""{"type":"NEW_REVIEW","review_name":"accounts/1/locations/2/reviews/r"}""")]
    [InlineData("""{"notification_type":"NEW_REVIEW","review":"accounts/1/locations/2/reviews/r","location":"accounts/1/locations/2"}""")]
    public async Task Post_EveryDocumentedFieldNaming_IsRead(string notification)
    {
        var response = await PostAsync(Push(notification));

        Assert.Equal(200, response.Status);
        Assert.Equal("2", Assert.Single(Publisher.Events).AccountId);
    }

    [Fact]
    public async Task Post_WrongAudience_Is403() =>
        Assert.Equal(403, (await PostWithTokenAsync(Jwt(audience: "https://elsewhere.example/push"))).Status);

    [Fact]
    public async Task Post_AnotherServiceAccount_Is403() =>
        Assert.Equal(403, (await PostWithTokenAsync(Jwt(email: "someone@evil.iam.gserviceaccount.com"))).Status);

    [Fact]
    public async Task Post_EmailNotVerified_Is403() =>
        Assert.Equal(403, (await PostWithTokenAsync(Jwt(emailVerified: false))).Status);

    [Fact]
    public async Task Post_KeysAreCached_AndFetchedAgainWhenGoogleRotatesThem()
    {
        await PostAsync(Delivery);
        await PostAsync(Delivery);
        Assert.Equal(1, _google.JwksFetches);

        _google.SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "google-key-2" };
        _services.GetRequiredService<PubSubPushAuthenticator>().MinimumRefreshInterval = TimeSpan.Zero;
        var response = await PostAsync(Delivery);

        Assert.Equal(200, response.Status);
        Assert.Equal(2, _google.JwksFetches);
    }

    [Fact]
    public async Task Post_ApiThrottlesWithRetryAfter_IsRetriedAndQueued()
    {
        _google.ReviewFailures.Enqueue((429, "1"));
        _google.ReviewFailures.Enqueue((500, null));

        var response = await PostAsync(Delivery);

        Assert.Equal(200, response.Status);
        Assert.Equal(3, _google.ReviewRequests);
        Assert.Single(Publisher.Events);
    }

    [Fact]
    public async Task Post_ApiKeepsFailing_Is503SoPubSubPushesAgain()
    {
        for (var i = 0; i < 4; i++)
        {
            _google.ReviewFailures.Enqueue((503, null));
        }

        var response = await PostAsync(Delivery);

        Assert.Equal(503, response.Status);
        Assert.Empty(Publisher.Events);
    }

    [Fact]
    public async Task Post_ReviewDeletedBeforeTheFetch_IsAcknowledgedAndReported()
    {
        _google.MissingReviews.Add(ReviewName);

        var response = await PostAsync(Delivery);

        Assert.Equal(200, response.Status);
        Assert.Equal("the review no longer exists", Ignored(response)[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Post_TokensWithUnknownKeys_FetchTheKeysAtMostOncePerInterval()
    {
        await PostAsync(Delivery, WebhookAuth.WrongSecret);
        await PostAsync(Delivery, WebhookAuth.WrongSecret);
        await PostAsync(Delivery, WebhookAuth.WrongSecret);

        Assert.Equal(1, _google.JwksFetches);
    }

    [Fact]
    public async Task Post_AccessToken_IsExchangedOnceAndReused()
    {
        await PostAsync(Delivery);
        await PostAsync(Delivery);

        Assert.Equal(1, _google.TokenExchanges);
    }

    [Fact]
    public async Task Post_KeysUnreachable_Is503()
    {
        await using var unreachable = Services(o =>
        {
            Configure(o);
            o.OpenIdConfigurationUrl = "http://127.0.0.1:9/.well-known/openid-configuration";
        });

        var response = await Send(Function(unreachable), Encoding.UTF8.GetBytes(Delivery), "Bearer " + Jwt());

        Assert.Equal(503, response.Status);
    }

    [Fact]
    public async Task Post_DataNotBase64_Is400()
    {
        var response = await PostAsync("""{"message":{"data":"%%%","messageId":"1"}}""");

        Assert.Equal(400, response.Status);
    }
}
