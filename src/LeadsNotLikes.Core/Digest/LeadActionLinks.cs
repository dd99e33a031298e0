using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeadsNotLikes.Digest;

/// <summary>
/// Signed, expiring links that mark one lead handled or not-a-lead without a login: the path names the team, the
/// lead and the action, and the query carries the expiry and an HMAC-SHA256 over all four with the app's secret.
/// Changing any part, or waiting past the expiry, invalidates the link.
/// </summary>
public sealed class LeadActionLinks
{
    /// <summary>The route under the host's <c>api</c> prefix.</summary>
    public const string Route = "leads/{teamId}/{leadId}/{action}";

    private readonly byte[] _key;
    private readonly Uri _baseUri;

    public LeadActionLinks(string secret, Uri baseUri)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(baseUri);
        _key = Encoding.UTF8.GetBytes(secret);
        _baseUri = baseUri;
    }

    public static string ActionName(LeadAction action) => action switch
    {
        LeadAction.Handled => "handled",
        LeadAction.NotALead => "not-a-lead",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Only handled and not-a-lead have links."),
    };

    public static LeadAction? ParseAction(string? name) => name switch
    {
        "handled" => LeadAction.Handled,
        "not-a-lead" => LeadAction.NotALead,
        _ => null,
    };

    public string Create(string teamId, string leadId, LeadAction action, DateTimeOffset expires)
    {
        var exp = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var name = ActionName(action);
        var path = $"api/leads/{Uri.EscapeDataString(teamId)}/{Uri.EscapeDataString(leadId)}/{name}?exp={exp}&sig={Sign(teamId, leadId, name, exp)}";
        return new Uri(_baseUri, path).AbsoluteUri;
    }

    /// <summary>True when <paramref name="signature"/> is this app's for these values and <paramref name="exp"/> is after <paramref name="now"/>.</summary>
    public bool Verify(string teamId, string leadId, string action, string? exp, string? signature, DateTimeOffset now)
    {
        if (exp is null || signature is null || !long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(teamId, leadId, action, exp));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) && DateTimeOffset.FromUnixTimeSeconds(seconds) > now;
    }

    private string Sign(string teamId, string leadId, string action, string exp)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"lead-action\n{teamId}\n{leadId}\n{action}\n{exp}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
