using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace LeadsNotLikes.Tests.Webhooks.Google;

/// <summary>
/// Google on 127.0.0.1: the OpenID discovery document and its JWKS (Pub/Sub's signing keys), the OAuth token endpoint,
/// and the Business Profile API's <c>reviews.get</c> as documented (a review for any name unless it is missing),
/// with scripted failures (429 + Retry-After, 500) served before the normal answer.
/// </summary>
public sealed class FakeGoogle : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeGoogle(WebApplication app, RSA key)
    {
        _app = app;
        SigningKey = new RsaSecurityKey(key) { KeyId = "google-key-1" };
    }

    public Uri BaseUri { get; private set; } = default!;

    /// <summary>The key the published JWKS holds.</summary>
    public RsaSecurityKey SigningKey { get; set; }

    /// <summary>Answers the review API gives before the normal one, in order.</summary>
    public ConcurrentQueue<(int Status, string? RetryAfter)> ReviewFailures { get; } = new();

    public HashSet<string> MissingReviews { get; } = [];

    public int JwksFetches;
    public int TokenExchanges;
    public int ReviewRequests;

    public static async Task<FakeGoogle> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGoogle(app, RSA.Create(2048));
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, string>
        {
            ["issuer"] = "https://accounts.google.com",
            ["jwks_uri"] = new Uri(fake.BaseUri, "oauth2/v3/certs").AbsoluteUri,
        }));
        app.MapGet("/oauth2/v3/certs", () =>
        {
            Interlocked.Increment(ref fake.JwksFetches);
            var p = fake.SigningKey.Rsa.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", alg = "RS256", use = "sig", kid = fake.SigningKey.KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "refresh_token" || form["refresh_token"] != "refresh-token-1")
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }

            var n = Interlocked.Increment(ref fake.TokenExchanges);
            return Results.Json(new { access_token = $"access-{n}", expires_in = 3599, token_type = "Bearer" });
        });
        app.MapGet("/v4/accounts/{a}/locations/{l}/reviews/{r}", (HttpContext context, string a, string l, string r) =>
        {
            Interlocked.Increment(ref fake.ReviewRequests);
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer access-", StringComparison.Ordinal))
            {
                return Results.Json(new { error = new { code = 401, status = "UNAUTHENTICATED" } }, statusCode: 401);
            }

            if (fake.ReviewFailures.TryDequeue(out var failure))
            {
                if (failure.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = failure.RetryAfter;
                }

                return Results.Json(new { error = new { code = failure.Status, status = failure.Status == 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL" } }, statusCode: failure.Status);
            }

            var name = $"accounts/{a}/locations/{l}/reviews/{r}";
            return fake.MissingReviews.Contains(name)
                ? Results.Json(new { error = new { code = 404, status = "NOT_FOUND" } }, statusCode: 404)
                : Results.Json(new
                {
                    name,
                    reviewId = r,
                    reviewer = new { displayName = "Greta Example", isAnonymous = false, profilePhotoUrl = "https://example.com/p.png" },
                    starRating = "FOUR",
                    comment = "Lovely bakery. Do you make wedding cakes for 120 guests? What would that cost?",
                    createTime = "2025-05-20T09:00:00Z",
                    updateTime = r.EndsWith("edited", StringComparison.Ordinal) ? "2025-05-20T10:00:00Z" : "2025-05-20T09:00:00Z",
                });
        });
        await app.StartAsync();
        fake.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
