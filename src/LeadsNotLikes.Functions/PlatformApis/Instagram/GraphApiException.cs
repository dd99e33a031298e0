using System.Net;

namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// The Graph API refused a call (after any retries): the HTTP status, the Graph error (null when the body was not
/// one) and the usage headers of the refusal. The message names the account and the error code, never the token.
/// </summary>
public sealed class GraphApiException(string accountId, HttpStatusCode status, GraphError? error, GraphUsage usage)
    : Exception($"The Graph API answered {(int)status} (code {error?.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, subcode {error?.Subcode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}) for Instagram account {accountId}.")
{
    public string AccountId { get; } = accountId;

    public HttpStatusCode Status { get; } = status;

    public GraphError? Error { get; } = error;

    public GraphUsage Usage { get; } = usage;

    /// <summary>The error's meaning; a 429 without a Graph error body counts as the account's rate limit.</summary>
    public GraphErrorKind Kind => Error?.Kind ?? (Status == HttpStatusCode.TooManyRequests ? GraphErrorKind.AccountRateLimited : GraphErrorKind.Permanent);
}
