using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeadsNotLikes.Webhooks.Google;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.PlatformApis.Google;

/// <summary>
/// Reads a review from the Business Profile API (<c>GET v4/{accounts/a/locations/l/reviews/r}</c>) with an access
/// token from the OAuth refresh-token exchange (cached until shortly before it expires). The HttpClient carries the
/// standard resilience pipeline (retries with jitter honouring Retry-After, attempt and total timeouts, circuit
/// breaker), registered in <see cref="PlatformClients"/>.
/// </summary>
public sealed class GoogleBusinessProfileClient(HttpClient http, IOptions<GoogleOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private (string Token, DateTimeOffset Expires)? _token;

    /// <summary>The review's JSON, or null when the review no longer exists (404).</summary>
    public async Task<JsonDocument?> GetReviewAsync(string reviewName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviewName);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(options.Value.ApiBaseUrl), "v4/" + reviewName));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            _token = null; // revoked or expired early: the next delivery gets a new one
        }

        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    private async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrEmpty(o.ClientId) || string.IsNullOrEmpty(o.ClientSecret) || string.IsNullOrEmpty(o.RefreshToken))
        {
            throw new InvalidOperationException("Google__ClientId, Google__ClientSecret and Google__RefreshToken are needed to read reviews.");
        }

        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } cached && cached.Expires > time.GetUtcNow())
            {
                return cached.Token;
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = o.ClientId,
                ["client_secret"] = o.ClientSecret,
                ["refresh_token"] = o.RefreshToken,
            });
            using var response = await http.PostAsync(new Uri(o.TokenUrl), form, cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var token = answer.GetProperty("access_token").GetString() ?? throw new HttpRequestException("The token endpoint sent no access_token.");
            var lifetime = answer.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 3600;
            _token = (token, time.GetUtcNow().AddSeconds(Math.Max(0, lifetime - 120)));
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }
}
