using System.Text.RegularExpressions;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The app settings the host passes to the handler as environment variables, and the host's <c>%NAME%</c>
/// expansion in host.json arguments and function.json values.
/// </summary>
public sealed partial class AppSettings(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string? this[string name] => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Replaces each <c>%NAME%</c> with its setting (or <paramref name="extra"/>); unresolved ones are removed, as the host does.</summary>
    public string Expand(string text, IReadOnlyDictionary<string, string>? extra = null) =>
        Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            return extra?.GetValueOrDefault(name) ?? this[name] ?? Environment.GetEnvironmentVariable(name) ?? "";
        });

    [GeneratedRegex("%([A-Za-z0-9_.:-]+)%")]
    private static partial Regex Placeholder();
}
