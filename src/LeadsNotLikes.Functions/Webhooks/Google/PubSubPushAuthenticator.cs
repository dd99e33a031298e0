using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LeadsNotLikes.Webhooks.Google;

/// <summary>
/// Validates the OIDC token Pub/Sub puts on each push (platform-facts.md §3.3): RS256 signed with one of Google's keys
/// (fetched from the discovery document, cached, fetched again when a token names an unknown key), issuer
/// <c>accounts.google.com</c> with or without https, the configured audience exactly, the subscription's service
/// account as <c>email</c> with <c>email_verified</c>, and not expired by this app's clock.
/// </summary>
public sealed class PubSubPushAuthenticator
{
    private static readonly string[] Issuers = ["https://accounts.google.com", "accounts.google.com"];
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly GoogleOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpDocumentRetriever _retriever;
    private readonly string _configurationUrl;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private OpenIdConnectConfiguration? _keys;
    private DateTimeOffset _fetchedAt;

    public PubSubPushAuthenticator(IOptions<GoogleOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        _options = options.Value;
        _time = time;
        var url = new Uri(_options.OpenIdConfigurationUrl);
        _configurationUrl = url.AbsoluteUri;
        _retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(PubSubPushAuthenticator))) { RequireHttps = !url.IsLoopback };
    }

    /// <summary>How long fetched keys are used before they are fetched again.</summary>
    public static TimeSpan KeysLifetime { get; } = TimeSpan.FromHours(6);

    /// <summary>The least time between two fetches caused by a token naming an unknown key (so forged tokens cannot make us hammer Google).</summary>
    internal TimeSpan MinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public async ValueTask<Verification> VerifyAsync(string? authorization, CancellationToken cancellationToken)
    {
        const string Scheme = "Bearer ";
        if (string.IsNullOrEmpty(authorization) || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Verification.Missing("A Bearer token is required: turn on authentication in the push subscription.");
        }

        var token = authorization[Scheme.Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return Verification.Malformed("The Bearer token is not a JWT.");
        }

        TokenValidationResult result;
        try
        {
            var keys = await KeysAsync(refresh: false, cancellationToken);
            if (new JsonWebToken(token).Kid is { } kid && keys.SigningKeys.All(k => k.KeyId != kid))
            {
                keys = await KeysAsync(refresh: true, cancellationToken); // Google may have rotated its keys
            }

            result = await ValidateAsync(token, keys);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return Verification.Unavailable("Google's signing keys could not be fetched; retry.");
        }

        if (!result.IsValid)
        {
            return Verification.Mismatch($"The token is not valid: {Reason(result.Exception)}.");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var now = _time.GetUtcNow();
        if (jwt.ValidTo == DateTime.MinValue || new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) < now - ClockSkew)
        {
            return Verification.Stale("The token has expired.");
        }

        if (jwt.IssuedAt != DateTime.MinValue && new DateTimeOffset(jwt.IssuedAt, TimeSpan.Zero) > now + ClockSkew)
        {
            return Verification.Stale("The token was issued in the future.");
        }

        var email = result.ClaimsIdentity.FindFirst("email")?.Value;
        var verified = result.ClaimsIdentity.FindFirst("email_verified")?.Value;
        if (!string.Equals(email, _options.ServiceAccountEmail, StringComparison.OrdinalIgnoreCase) || !string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase))
        {
            return Verification.Mismatch("The token is not for the push subscription's service account.");
        }

        return Verification.Valid;
    }

    private async Task<OpenIdConnectConfiguration> KeysAsync(bool refresh, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_keys is { } cached && now - _fetchedAt < (refresh ? MinimumRefreshInterval : KeysLifetime))
        {
            return cached;
        }

        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            if (_keys is { } fetched && _fetchedAt > now)
            {
                return fetched; // another request fetched them while this one waited
            }

            _keys = await OpenIdConnectConfigurationRetriever.GetAsync(_configurationUrl, _retriever, cancellationToken);
            _fetchedAt = _time.GetUtcNow();
            return _keys;
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = Issuers,
            ValidAudience = _options.Audience,
            IgnoreTrailingSlashWhenValidatingAudience = false,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateLifetime = false, // checked against the injected clock
            RequireExpirationTime = true,
            NameClaimType = ClaimTypes.Email,
        });

    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenSignatureKeyNotFoundException => "signed with a key Google does not publish",
        SecurityTokenInvalidSignatureException => "bad signature",
        SecurityTokenInvalidAlgorithmException => "wrong algorithm",
        _ => "rejected",
    };
}
