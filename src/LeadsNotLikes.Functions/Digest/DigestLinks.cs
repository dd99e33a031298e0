using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Digest;

/// <summary>
/// The app's <see cref="LeadActionLinks"/>: keyed by <see cref="DigestOptions.LinkSecret"/>, pointing at
/// <see cref="DigestOptions.PublicBaseUrl"/>, else at <c>https://{WEBSITE_HOSTNAME}/</c>.
/// </summary>
public sealed class DigestLinks(IOptions<DigestOptions> options, IConfiguration configuration)
{
    /// <summary>Set by App Service on every function app: its default host name.</summary>
    public const string HostNameSetting = "WEBSITE_HOSTNAME";

    private readonly LeadActionLinks _links = new(options.Value.LinkSecret, BaseUri(options.Value, configuration));

    public static Uri BaseUri(DigestOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var url = !string.IsNullOrEmpty(options.PublicBaseUrl) ? options.PublicBaseUrl
            : configuration[HostNameSetting] is { Length: > 0 } host ? $"https://{host}/"
            : "http://localhost:7071/";
        return new Uri(url.EndsWith('/') ? url : url + "/");
    }

    public string Create(string teamId, string leadId, LeadAction action, DateTimeOffset expires) => _links.Create(teamId, leadId, action, expires);

    public bool Verify(string teamId, string leadId, string action, string? exp, string? signature, DateTimeOffset now) =>
        _links.Verify(teamId, leadId, action, exp, signature, now);
}
