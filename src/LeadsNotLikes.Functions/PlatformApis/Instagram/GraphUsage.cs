using System.Net.Http.Headers;
using System.Text.Json;

namespace LeadsNotLikes.PlatformApis.Instagram;

/// <summary>
/// How much of its rate limits the app has used, from a Graph API response's headers (Graph API "Rate Limits"):
/// <c>X-App-Usage: {"call_count":28,"total_time":25,"total_cputime":25}</c> (percentages of the app's platform
/// limit) and <c>X-Business-Use-Case-Usage: {"{business-id}":[{"type":"instagram","call_count":..,"total_cputime":..,
/// "total_time":..,"estimated_time_to_regain_access":..}]}</c> (percentages per business object; the regain time in
/// minutes). Either header may be missing; the highest percentage counts.
/// </summary>
public readonly record struct GraphUsage(int AppPercent, int BusinessPercent, TimeSpan RegainAccessAfter)
{
    public const string AppUsageHeader = "X-App-Usage";
    public const string BusinessUsageHeader = "X-Business-Use-Case-Usage";
    private static readonly string[] Metrics = ["call_count", "total_cputime", "total_time"];

    public bool Reached(int limitPercent) => AppPercent >= limitPercent || BusinessPercent >= limitPercent;

    public static GraphUsage Read(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var app = 0;
        var business = 0;
        var regainMinutes = 0;
        if (Header(headers, AppUsageHeader) is { } appJson && Parse(appJson) is { } appUsage)
        {
            using (appUsage)
            {
                app = Highest(appUsage.RootElement);
            }
        }

        if (Header(headers, BusinessUsageHeader) is { } businessJson && Parse(businessJson) is { } businessUsage)
        {
            using (businessUsage)
            {
                if (businessUsage.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var entry in businessUsage.RootElement.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.Array).SelectMany(e => e.Value.EnumerateArray()))
                    {
                        business = Math.Max(business, Highest(entry));
                        regainMinutes = Math.Max(regainMinutes, Number(entry, "estimated_time_to_regain_access"));
                    }
                }
            }
        }

        return new GraphUsage(app, business, TimeSpan.FromMinutes(regainMinutes));
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static JsonDocument? Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null; // an unreadable header counts as no usage reported
        }
    }

    private static int Highest(JsonElement usage) => usage.ValueKind == JsonValueKind.Object ? Metrics.Max(m => Number(usage, m)) : 0;

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? (int)Math.Clamp(Math.Ceiling(number), 0, 100_000)
            : 0;
}
