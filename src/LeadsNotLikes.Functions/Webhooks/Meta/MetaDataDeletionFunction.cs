using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Webhooks.Meta;

/// <summary>
/// Meta's Data Deletion Request Callback (platform-facts.md §1.9): POST a form with <c>signed_request</c>, verified
/// with the app secret; the person's leads are deleted before the answer, which is the status URL and a confirmation
/// code. The code carries its own MAC (no record of the person is kept to look it up), so the status page can tell a
/// code this app issued, whose deletion is complete, from any other.
/// </summary>
public sealed partial class MetaDataDeletionFunction(IOptions<MetaOptions> meta, IPersonDataEraser eraser, ILogger<MetaDataDeletionFunction> logger)
{
    public const string Name = "MetaDataDeletion";
    public const string StatusName = "MetaDataDeletionStatus";
    public const string Route = "webhooks/meta/data-deletion";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType || request.ContentLength > 16 * 1024)
        {
            return TypedResults.Problem(statusCode: 400, title: "Not a deletion request", detail: "Send a form with signed_request.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var (userId, verification) = MetaSignedRequest.Read(form["signed_request"], Encoding.UTF8.GetBytes(meta.Value.AppSecret));
        if (!verification.IsValid)
        {
            LogRefused(logger, verification.StatusCode, verification.Check);
            return TypedResults.Problem(statusCode: verification.StatusCode, title: "Signature check failed", detail: verification.Detail);
        }

        var deleted = await eraser.EraseAsync(userId!, cancellationToken);
        var code = NewCode(meta.Value.AppSecret);
        LogErased(logger, code, deleted);
        return TypedResults.Json(new DataDeletionAnswer($"{request.Scheme}://{request.Host}/api/{Route}/{code}", code));
    }

    [Function(StatusName)]
    public IResult Status(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route + "/{code}")] HttpRequest request, string code)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsOurs(code, meta.Value.AppSecret)
            ? TypedResults.Text($"Deletion request {code}: completed. The comments, reviews and names we held for you have been deleted.", "text/plain")
            : TypedResults.Problem(statusCode: 404, title: "Unknown confirmation code");
    }

    /// <summary>16 hex characters of randomness and 16 of their MAC under the app secret.</summary>
    internal static string NewCode(string appSecret)
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        return nonce + Mac(nonce, appSecret);
    }

    internal static bool IsOurs(string? code, string appSecret) =>
        code is { Length: 32 } && code.All(char.IsAsciiHexDigitLower) && Hmac.TextEquals(code[16..], Mac(code[..16], appSecret));

    private static string Mac(string nonce, string appSecret) => Convert.ToHexStringLower(Hmac.Sha256(appSecret, "data-deletion|" + nonce))[..16];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data deletion request refused with {Status}: {Check}")]
    private static partial void LogRefused(ILogger logger, int status, SignatureCheck check);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data deletion request {Code}: {Deleted} leads deleted")]
    private static partial void LogErased(ILogger logger, string code, int deleted);
}
