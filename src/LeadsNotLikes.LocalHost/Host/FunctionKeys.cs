using System.Security.Cryptography;
using System.Text;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>The host's keys: the master key (admin level and the admin API) and a default function key.</summary>
public sealed record FunctionKeys(string MasterKey, string FunctionKey)
{
    public static FunctionKeys Generate() => new(NewKey(), NewKey());

    public bool Authorizes(HttpRequest request, string authLevel)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.Equals(authLevel, "anonymous", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var presented = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (presented is null)
        {
            return false;
        }

        return Matches(presented, MasterKey)
            || (!string.Equals(authLevel, "admin", StringComparison.OrdinalIgnoreCase) && Matches(presented, FunctionKey));
    }

    private static bool Matches(string presented, string key) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(key));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_');
}
