using System.Text.Json;

namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// A Graph API error body, <c>{"error":{"message","type","code","error_subcode","fbtrace_id"}}</c>. The message is
/// kept for exceptions but never logged (it can quote the request).
/// </summary>
public sealed record GraphError(string? Message, string? Type, int Code, int? Subcode, string? FbTraceId)
{
    public GraphErrorKind Kind => Code switch
    {
        1 or 2 => GraphErrorKind.Transient,
        4 => GraphErrorKind.AppRateLimited,
        17 or 32 or 341 or 613 or (>= 80000 and <= 80099) => GraphErrorKind.AccountRateLimited,
        190 or 102 or 10 or (>= 200 and <= 299) => GraphErrorKind.NotAuthorized,
        _ => GraphErrorKind.Permanent,
    };

    /// <summary>The error in a response body, or null when the body is not a Graph error.</summary>
    public static GraphError? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object
                || Number(error, "code") is not { } code)
            {
                return null;
            }

            return new GraphError(Text(error, "message"), Text(error, "type"), code, Number(error, "error_subcode"), Text(error, "fbtrace_id"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
