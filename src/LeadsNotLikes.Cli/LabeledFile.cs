using System.Text.Json;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary>Reads a labeled JSONL file and maps its rows to scorer requests.</summary>
internal static class LabeledFile
{
    public static IReadOnlyList<LabeledRow> Read(string path)
    {
        var rows = new List<LabeledRow>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(JsonSerializer.Deserialize(line, CliJsonContext.Default.LabeledRow)
                ?? throw new InvalidDataException($"{path}:{number}: empty row."));
        }

        return rows;
    }

    public static ScoringRequest ToRequest(LabeledRow row) =>
        new(row.Text, ParseKind(row.Kind), row.Rating, row.Platform);

    public static TrainingExample ToExample(LabeledRow row) =>
        new(ToRequest(row), row.Lead, ParseIntent(row.Intent));

    public static LeadIntent ParseIntent(string intent) =>
        Enum.TryParse<LeadIntent>(intent.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException($"Unknown intent '{intent}'.");

    private static EngagementKind ParseKind(string kind) =>
        Enum.TryParse<EngagementKind>(kind, ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException($"Unknown kind '{kind}'.");
}
