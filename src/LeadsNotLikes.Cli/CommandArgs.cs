using System.Globalization;

namespace LeadsNotLikes.Cli;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options.</summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CommandArgs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[list[i][2..]] = hasValue ? list[++i] : null;
            }
            else
            {
                Positional.Add(list[i]);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.GetValueOrDefault(name);

    public double? Number(string name) =>
        Value(name) is { } v ? double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}
