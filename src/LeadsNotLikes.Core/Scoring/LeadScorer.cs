using System.Text.RegularExpressions;
using LeadsNotLikes.Events;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// Scores a comment, reply, mention or review for lead intent, explainably.
/// First version: a handful of cue patterns per intent; thread-safe and allocation-light enough for the queue path.
/// </summary>
public sealed partial class LeadScorer
{
    private static readonly (LeadIntent Intent, int Weight, Regex Pattern)[] Cues =
    [
        (LeadIntent.Price, 60, PricePattern()),
        (LeadIntent.Availability, 55, AvailabilityPattern()),
        (LeadIntent.Booking, 60, BookingPattern()),
        (LeadIntent.Contact, 55, ContactPattern()),
        (LeadIntent.Purchase, 50, PurchasePattern()),
        (LeadIntent.Switching, 50, SwitchingPattern()),
    ];

    public LeadScore Score(ScoringRequest request, ScoringProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        profile ??= ScoringProfile.Default;
        var evidence = new List<Evidence>();
        var best = LeadIntent.None;
        var bestWeight = 0;
        var total = 0;

        foreach (var (intent, weight, pattern) in Cues)
        {
            foreach (Match m in pattern.Matches(request.Text))
            {
                evidence.Add(new Evidence(m.Index, m.Length, weight, intent.ToString()));
                total += weight;
                if (weight > bestWeight)
                {
                    (best, bestWeight) = (intent, weight);
                }
            }
        }

        foreach (Match m in NegativePattern().Matches(request.Text))
        {
            evidence.Add(new Evidence(m.Index, m.Length, -60, "noise"));
            total -= 60;
        }

        if (request.Kind == EngagementKind.Review && request.Rating is <= 2 && RecoveryPattern().IsMatch(request.Text))
        {
            var m = RecoveryPattern().Match(request.Text);
            evidence.Add(new Evidence(m.Index, m.Length, 55, nameof(LeadIntent.ServiceRecovery)));
            total += 55;
            best = LeadIntent.ServiceRecovery;
        }

        var score = Math.Clamp(total, 0, 100);
        var isLead = score >= profile.Threshold && best != LeadIntent.None;
        return new LeadScore(score, isLead, isLead ? best : LeadIntent.None, evidence);
    }

    [GeneratedRegex(@"\b(how much|price|pricing|cost|quote|precio|preis|prix|preço|prijs|prezzo)\b|[$€£]\s?\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PricePattern();

    [GeneratedRegex(@"\b(available|availability|in stock|still have|open on|disponible|verfügbar|noch zu haben|disponibile|beschikbaar)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AvailabilityPattern();

    [GeneratedRegex(@"\b(book|booking|reserve|reservation|appointment|reservar|buchen|termin|réserver|prenotare)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BookingPattern();

    [GeneratedRegex(@"\b(call me|contact me|dm me|dm'?d you|sent you a message|message me|email me|whatsapp)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactPattern();

    [GeneratedRegex(@"\b(where can i buy|how do i order|how to order|sign up|ship to|deliver to|i want to buy|interested)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurchasePattern();

    [GeneratedRegex(@"\b(switch(ing)? from|leaving|cancel(l)?ing my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SwitchingPattern();

    [GeneratedRegex(@"\b(giveaway|tag a friend|follow us|followers|are you hiring)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativePattern();

    [GeneratedRegex(@"\b(refund|fix|make it right|call me|contact me|sort (this|it) out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecoveryPattern();
}
