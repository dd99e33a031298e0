using System.Globalization;
using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Cli;

/// <summary><c>explain "text" [--kind review] [--rating 2] [--threshold N] [--vocabulary a,b]</c>: one score, cue by cue.</summary>
internal static class ExplainCommand
{
    public static int Run(CommandArgs args)
    {
        if (args.Positional.Count != 1)
        {
            Console.Error.WriteLine("usage: explain \"text\" [--kind comment|reply|mention|review] [--rating 1-5] [--threshold N] [--vocabulary word,word]");
            return 2;
        }

        var text = args.Positional[0];
        var kind = Enum.Parse<EngagementKind>(args.Value("kind") ?? "comment", ignoreCase: true);
        var rating = args.Number("rating") is { } r ? (int)r : (int?)null;
        var profile = new ScoringProfile
        {
            Threshold = (int)(args.Number("threshold") ?? ScoringProfile.DefaultThreshold),
            Vocabulary = args.Value("vocabulary")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [],
        };

        var scorer = new LeadScorer();
        var result = scorer.Score(new ScoringRequest(text, kind, rating), profile);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score {result.Score} (base {scorer.BaseScore}), lead {result.IsLead} at threshold {profile.Threshold}, intent {result.Intent}"));
        foreach (var e in result.Evidence)
        {
            var span = e.Length > 0 ? $"\"{text.Substring(e.Start, e.Length)}\" at {e.Start}" : "(context)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.Weight,4:+0;-0}  {e.Cue,-26} {span}"));
        }

        if (result.IntentEvidence.Count > 0)
        {
            Console.WriteLine($"intent {result.Intent} because:");
            foreach (var e in result.IntentEvidence)
            {
                var span = e.Length > 0 ? $"\"{text.Substring(e.Start, e.Length)}\" at {e.Start}" : "(context)";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.Weight,4:+0;-0}  {e.Cue,-26} {span}"));
            }
        }

        return 0;
    }
}
